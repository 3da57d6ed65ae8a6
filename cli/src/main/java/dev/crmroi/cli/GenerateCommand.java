package dev.crmroi.cli;

import dev.crmroi.generator.GeneratorSpec;
import dev.crmroi.generator.Scale;
import dev.crmroi.generator.SyntheticCrm;
import dev.crmroi.generator.Truth;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code crm-roi generate}: writes a synthetic canonical export with a known CRM effect. */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description = {
      "Write a synthetic B2B company's CRM history as a canonical export (one CSV per table and a"
          + " matching crm-roi.yaml), with a known CRM effect per unit and benefit stream,"
          + " confounders and a little realistic dirt. Deterministic per seed."
    })
final class GenerateCommand implements Callable<Integer> {
  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output directory.")
  Path out;

  @Option(
      names = "--seed",
      defaultValue = "1",
      description = "Random seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--scale",
      defaultValue = "small",
      paramLabel = "SCALE",
      description =
          "small (about 50k rows), medium (about 1M activities) or large (about 10M activities);"
              + " default: ${DEFAULT-VALUE}.")
  String scale;

  @Option(
      names = "--truth",
      paramLabel = "FILE",
      description = "Also write the injected truth as JSON.")
  Path truth;

  @Option(
      names = "--effect-scale",
      defaultValue = "1.0",
      paramLabel = "X",
      description =
          "Multiply every injected CRM effect (0 = no effect); default: ${DEFAULT-VALUE}.")
  double effectScale;

  @Option(names = "--clean", description = "Inject no data-quality problems.")
  boolean clean;

  @ParentCommand Main main;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    GeneratorSpec generatorSpec = spec(seed, scale, effectScale, !clean);
    long started = System.nanoTime();
    Truth result;
    try (TerminalProgress progress =
        TerminalProgress.forTerminal("Generating", main.global.quiet)) {
      result = SyntheticCrm.generate(generatorSpec, out, progress);
    }
    if (truth != null) {
      result.writeJson(truth);
    }
    long rows = result.rowCounts().values().stream().mapToLong(Long::longValue).sum();
    spec.commandLine()
        .getOut()
        .printf(
            "Wrote %,d rows in %d files to %s in %.1f s%s.%n",
            rows,
            result.rowCounts().size(),
            out,
            (System.nanoTime() - started) / 1e9,
            truth == null ? "" : "; truth in " + truth);
    return ExitCode.OK;
  }

  static GeneratorSpec spec(long seed, String scale, double effectScale, boolean dirt) {
    try {
      return new GeneratorSpec(seed, Scale.parse(scale), effectScale, dirt);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
  }
}
