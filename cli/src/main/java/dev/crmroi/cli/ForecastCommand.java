package dev.crmroi.cli;

import dev.crmroi.analytics.forecast.Accuracy;
import dev.crmroi.analytics.forecast.Forecast;
import dev.crmroi.analytics.forecast.SalesForecast;
import dev.crmroi.core.config.CrmRoiConfig;
import dev.crmroi.core.kpi.Period;
import dev.crmroi.store.Store;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code crm-roi forecast}: pipeline-weighted revenue forecast for a quarter, with accuracy. */
@Command(
    name = "forecast",
    mixinStandardHelpOptions = true,
    description = {
      "Revenue forecast for a quarter, made at its first day: Σ amount × win probability over the"
          + " open pipeline, the probability learned per age bucket (days since created) and type"
          + " from past quarter-start snapshots rebuilt from created_at and closed_at, plus the"
          + " mean revenue of deals created and won within a quarter over the last four quarters.",
      "Also the accuracy of the same forecast for past quarters (MAPE and bias against the revenue"
          + " actually won)."
    })
final class ForecastCommand implements Callable<Integer> {
  @Option(
      names = "--quarter",
      paramLabel = "QUARTER",
      description = "The quarter, e.g. 2025-Q1 (default: the quarter after the data ends).")
  String quarter;

  @Option(
      names = "--backtest",
      paramLabel = "N",
      defaultValue = "8",
      description = "Past quarters to back-test (default: ${DEFAULT-VALUE}).")
  int backtest;

  @Mixin TableOrJsonOption output;
  private OutputFormat format;

  @ParentCommand Main main;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    format = output.get();
    if (backtest < 1) {
      throw new UsageException("--backtest must be at least 1 but was " + backtest);
    }
    Optional<Period> asked = Optional.ofNullable(quarter).map(q -> quarter(q));
    CrmRoiConfig config = Session.config(main.global, List.of());
    try (Store store = Session.existingStore(main.global, config)) {
      SalesForecast forecasts = new SalesForecast(store);
      Period q =
          asked
              .or(forecasts::nextQuarter)
              .orElseThrow(
                  () -> new UsageException("no opportunities imported: nothing to forecast"));
      Optional<Forecast> f = forecasts.forecast(q);
      Accuracy accuracy = forecasts.accuracy(q.previous(), backtest);
      new ForecastView(spec.commandLine().getOut(), format, config.reportingCurrency())
          .print(q, f, accuracy);
    }
    return ExitCode.OK;
  }

  private static Period quarter(String text) {
    Period p = CommandArgs.parse(() -> Period.parse(text));
    if (p.kind() != Period.Kind.QUARTER) {
      throw new UsageException("--quarter must be a quarter such as 2025-Q1 but was " + text);
    }
    return p;
  }
}
