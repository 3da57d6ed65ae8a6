package dev.crmroi.cli;

import dev.crmroi.analytics.roi.RoiSetupException;
import dev.crmroi.core.finance.FinanceException;
import dev.crmroi.store.StoreException;
import dev.crmroi.store.config.ConfigException;
import dev.crmroi.store.importing.ImportFailure;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The {@code crm-roi} command: parses the command line and delegates to one command class. */
@Command(
    name = "crm-roi",
    mixinStandardHelpOptions = true,
    version = "crm-roi 0.1.0",
    description = "What did our CRM actually return? KPIs, measured ROI and business cases.",
    subcommands = {
      InitCommand.class,
      DemoCommand.class,
      GenerateCommand.class,
      ImportCommand.class,
      KpiCommand.class,
      AdoptionCommand.class,
      ForecastCommand.class,
      GoalsCommand.class,
      TcoCommand.class,
      RoiCommand.class,
      QualityCommand.class,
      CalcCommand.class,
      FinCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {
  @Mixin GlobalOptions global = new GlobalOptions();
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Runs the command line and exits with its code. */
  public static void main(String[] args) {
    System.exit(
        execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs the command line with the given output streams and returns the exit code. */
  public static int execute(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new Main());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler(Main::handle);
    cli.setParameterExceptionHandler(
        (e, a) -> {
          err.println("crm-roi: " + e.getMessage());
          err.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
          return ExitCode.USAGE;
        });
    return cli.execute(args);
  }

  /** Whether --verbose was given, before or after the (sub)command name. */
  private static boolean verbose(CommandLine.ParseResult parsed) {
    for (CommandLine.ParseResult p = parsed; p != null; p = p.subcommand()) {
      if (p.hasMatchedOption("--verbose")) {
        return true;
      }
    }
    return false;
  }

  private static int handle(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
    PrintWriter err = cli.getErr();
    if (e instanceof ConfigException
        || e instanceof UsageException
        || e instanceof RoiSetupException) {
      err.println("crm-roi: " + e.getMessage());
      return ExitCode.USAGE;
    }
    if (e instanceof ImportFailure || e instanceof FinanceException) {
      err.println("crm-roi: " + e.getMessage());
      return ExitCode.BAD_DATA;
    }
    String kind = e instanceof StoreException ? "store error" : "internal error";
    err.println("crm-roi: " + kind + ": " + e.getMessage());
    if (verbose(parsed)) {
      e.printStackTrace(err);
    } else {
      err.println("(run again with --verbose for details)");
    }
    return ExitCode.INTERNAL;
  }
}
