package dev.crmroi.generator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ConcurrentHashMap;

/** Small-scale exports generated once per spec and shared by the tests, to keep them fast. */
final class Generated {

  record Run(Path dir, Truth truth) {}

  private static final ConcurrentHashMap<GeneratorSpec, Run> RUNS = new ConcurrentHashMap<>();

  private Generated() {}

  static Run of(GeneratorSpec spec) {
    return RUNS.computeIfAbsent(spec, Generated::generate);
  }

  static Run fresh(GeneratorSpec spec) {
    return generate(spec);
  }

  private static Run generate(GeneratorSpec spec) {
    try {
      Path dir = Files.createTempDirectory("crm-roi-gen-");
      dir.toFile().deleteOnExit();
      Truth truth = SyntheticCrm.generate(spec, dir, GenerationListener.NONE);
      return new Run(dir, truth);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
