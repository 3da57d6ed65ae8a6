package dev.crmroi.cli;

import dev.crmroi.analytics.goals.GoalProgress;
import dev.crmroi.analytics.goals.GoalTracker;
import dev.crmroi.analytics.kpi.KpiEngine;
import dev.crmroi.analytics.kpi.KpiRegistry;
import dev.crmroi.analytics.tco.CostLedger;
import dev.crmroi.core.config.CrmRoiConfig;
import dev.crmroi.core.config.CrmRoiConfig.Goal;
import dev.crmroi.store.Store;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code crm-roi goals}: each SMART goal of the configuration with its progress and status. */
@Command(
    name = "goals",
    mixinStandardHelpOptions = true,
    description = {
      "The goals of the configuration (goals: metric, target, baseline, deadline, slice, owner):"
          + " the KPI's value in the latest complete month, progress from the baseline, and its"
          + " forecast for the deadline's month from a linear trend over up to 24 monthly values"
          + " with an 80%% prediction interval.",
      "Status: on track when the forecast reaches the target, at risk when only its interval"
          + " does, off track when the target lies beyond the interval (for KPIs where lower is"
          + " better, such as churn_rate, 'reaches' means at or below). A target is a monthly"
          + " value of the KPI."
    })
final class GoalsCommand implements Callable<Integer> {
  @Option(
      names = "--as-of",
      paramLabel = "MONTH",
      description =
          "The latest complete month, e.g. 2025-12 (default: analysis_end of the configuration,"
              + " else the last complete month with data).")
  YearMonth asOf;

  @Mixin TableOrJsonOption output;
  private OutputFormat format;

  @ParentCommand Main main;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    format = output.get();
    CrmRoiConfig config = Session.config(main.global, List.of());
    GoalsView view = new GoalsView(spec.commandLine().getOut(), format);
    if (config.goals().isEmpty()) {
      view.printNone();
      return ExitCode.OK;
    }
    try (Store store = Session.existingStore(main.global, config)) {
      YearMonth latest = asOf != null ? asOf : latest(store, config);
      GoalTracker tracker =
          new GoalTracker(new KpiEngine(store, KpiRegistry.standard(), config.grossMargin()));
      List<GoalProgress> progress = new ArrayList<>();
      for (Goal g : config.goals()) {
        progress.add(CommandArgs.parse(() -> tracker.track(g, latest)));
      }
      view.print(latest, progress);
    }
    return ExitCode.OK;
  }

  private static YearMonth latest(Store store, CrmRoiConfig config) {
    LocalDate end =
        config
            .analysisEnd()
            .or(() -> new CostLedger(store, config.reportingCurrency()).dataEnd())
            .orElseThrow(() -> new UsageException("the store holds no data: import first"));
    YearMonth m = YearMonth.from(end);
    return end.equals(m.atEndOfMonth()) ? m : m.minusMonths(1);
  }
}
