package dev.crmroi.cli;

import dev.crmroi.store.config.ConfigLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code crm-roi init}: writes the commented default configuration. */
@Command(
    name = "init",
    mixinStandardHelpOptions = true,
    description = "Write a commented crm-roi.yaml with every setting and its default.")
final class InitCommand implements Callable<Integer> {
  @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "Where (default: .).")
  Path dir = Path.of(".");

  @Option(names = "--force", description = "Overwrite an existing crm-roi.yaml.")
  boolean force;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    Path file = dir.resolve("crm-roi.yaml");
    if (Files.exists(file) && !force) {
      throw new UsageException(file + " already exists; use --force to overwrite it");
    }
    Files.createDirectories(dir);
    Files.writeString(file, ConfigLoader.defaultFileText(), StandardCharsets.UTF_8);
    spec.commandLine().getOut().println("Wrote " + file + " (every setting with its default).");
    return ExitCode.OK;
  }
}
