package dev.crmroi.cli;

import picocli.CommandLine.Option;

/**
 * The {@code --format} option of the commands that print a table or JSON but have no CSV form, with
 * the one check that refuses csv.
 */
final class TableOrJsonOption {
  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "table",
      description = "table or json (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  /** The format asked for. */
  OutputFormat get() {
    return get("");
  }

  /**
   * The format asked for.
   *
   * @param csvHint appended to the refusal of csv, e.g. where to get CSV instead
   */
  OutputFormat get(String csvHint) {
    if (format == OutputFormat.csv) {
      throw new UsageException(
          "--format must be table or json for this command but was csv" + csvHint);
    }
    return format;
  }
}
