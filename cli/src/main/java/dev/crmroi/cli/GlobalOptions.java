package dev.crmroi.cli;

import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** Options every command accepts, before or after the command name. */
public final class GlobalOptions {
  @Option(
      names = "--db",
      scope = ScopeType.INHERIT,
      paramLabel = "PATH",
      description = "The DuckDB store file (default: ${DEFAULT-VALUE}).",
      defaultValue = "crm-roi.duckdb")
  Path db;

  @Option(
      names = "--config",
      scope = ScopeType.INHERIT,
      paramLabel = "PATH",
      description =
          "The configuration file (default: ./crm-roi.yaml when present, else a crm-roi.yaml"
              + " inside an imported directory, else built-in defaults).")
  Path config;

  @Option(
      names = "--currency",
      scope = ScopeType.INHERIT,
      paramLabel = "CODE",
      description = "Reporting currency, overriding reporting_currency of the configuration.")
  String currency;

  @Option(
      names = {"-q", "--quiet"},
      scope = ScopeType.INHERIT,
      description = "Print only results and errors: no progress, no hints.")
  boolean quiet;

  @Option(
      names = {"-v", "--verbose"},
      scope = ScopeType.INHERIT,
      description = "Print more detail, including the cause of internal errors.")
  boolean verbose;

  Optional<Path> config() {
    return Optional.ofNullable(config);
  }

  Optional<String> currency() {
    return Optional.ofNullable(currency);
  }
}
