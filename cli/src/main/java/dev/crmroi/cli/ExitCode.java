package dev.crmroi.cli;

/** The exit codes of every command (design: cli.md). */
public final class ExitCode {
  /** Everything went well. */
  public static final int OK = 0;

  /** The analysis ran but a gate failed, e.g. data quality below the threshold. */
  public static final int GATE_FAILED = 1;

  /** The command line or the configuration is wrong. */
  public static final int USAGE = 2;

  /** The input data cannot be used (sysexits EX_DATAERR). */
  public static final int BAD_DATA = 65;

  /** Something failed inside crm-roi (sysexits EX_SOFTWARE). */
  public static final int INTERNAL = 70;

  private ExitCode() {}
}
