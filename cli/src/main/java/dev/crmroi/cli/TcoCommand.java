package dev.crmroi.cli;

import dev.crmroi.analytics.tco.CostLedger;
import dev.crmroi.core.config.CrmRoiConfig;
import dev.crmroi.store.Store;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code crm-roi tco}: the total cost of owning the CRM, from the crm_costs ledger. */
@Command(
    name = "tco",
    mixinStandardHelpOptions = true,
    description = {
      "Total cost of ownership from the crm_costs ledger: recurring charges (monthly, quarterly,"
          + " annual) expanded until their end_on or the window's end, each converted into the"
          + " reporting currency at its own date's exchange rate; by category and year, or by"
          + " month."
    })
final class TcoCommand implements Callable<Integer> {
  @Option(
      names = "--from",
      paramLabel = "DATE",
      description = "First day (default: the first cost in the ledger).")
  LocalDate from;

  @Option(
      names = "--to",
      paramLabel = "DATE",
      description =
          "Last day (default: analysis_end of the configuration, else the last day"
              + " with data).")
  LocalDate to;

  @Option(
      names = "--by",
      paramLabel = "year|month",
      defaultValue = "year",
      description = "Columns by year (default) or rows by month.")
  String by;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "table",
      description = "table, json or csv (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @ParentCommand Main main;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    if (!by.equals("year") && !by.equals("month")) {
      throw new UsageException("--by must be year or month but was " + by);
    }
    CrmRoiConfig config = Session.config(main.global, List.of());
    try (Store store = Session.existingStore(main.global, config)) {
      CostLedger ledger = new CostLedger(store, config.reportingCurrency());
      LocalDate start =
          from != null
              ? from
              : ledger
                  .firstCost()
                  .orElseThrow(
                      () ->
                          new UsageException(
                              "the crm_costs ledger is empty: import crm_costs.csv first"));
      LocalDate end =
          to != null ? to : config.analysisEnd().or(ledger::dataEnd).orElse(LocalDate.now());
      if (end.isBefore(start)) {
        throw new UsageException("--to " + end + " is before --from " + start);
      }
      new TcoView(spec.commandLine().getOut(), format).print(ledger.between(start, end), by);
    }
    return ExitCode.OK;
  }
}
