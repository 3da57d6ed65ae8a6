package dev.crmroi.cli;

import dev.crmroi.analytics.forecast.Accuracy;
import dev.crmroi.analytics.forecast.Forecast;
import dev.crmroi.analytics.forecast.ForecastCell;
import dev.crmroi.analytics.forecast.QuarterAccuracy;
import dev.crmroi.core.kpi.Period;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Prints a forecast and its back-test as a table or JSON ({@code {"quarter", "currency",
 * "forecast", "pipeline", "in_quarter", "cells", "backtest", "mape", "bias", "reason"}}).
 */
final class ForecastView {
  private final PrintWriter out;
  private final OutputFormat format;
  private final String currency;

  ForecastView(PrintWriter out, OutputFormat format, String currency) {
    this.out = out;
    this.format = format;
    this.currency = currency;
  }

  void print(Period quarter, Optional<Forecast> forecast, Accuracy accuracy) {
    if (format == OutputFormat.json) {
      out.println(Json.write(json(quarter, forecast, accuracy)));
      return;
    }
    out.printf("Revenue forecast for %s (%s)%n%n", quarter, currency);
    if (forecast.isEmpty()) {
      out.println("n/a: " + NO_HISTORY);
    } else {
      Forecast f = forecast.get();
      TextTable t = new TextTable("age", "type", "open", "amount", "win rate", "from", "expected");
      for (ForecastCell c : f.cells()) {
        t.row(
            c.ageBucket(),
            c.type(),
            c.open(),
            money(c.amount()),
            percent(c.winRate().probability()),
            c.winRate().basis(),
            money(c.expected()));
      }
      t.print(out);
      out.printf(
          "%npipeline %s + in-quarter business %s = forecast %s%n",
          money(f.pipeline()), money(f.inQuarter()), money(f.total()));
    }
    out.printf("%nBack-test (forecast at each quarter's start against revenue won)%n%n");
    TextTable b = new TextTable("quarter", "forecast", "actual", "error %");
    for (QuarterAccuracy q : accuracy.quarters()) {
      b.row(
          q.quarter().toString(), money(q.forecast()), money(q.actual()), pct(q.percentageError()));
    }
    b.print(out);
    out.printf(
        "%nMAPE %s, bias %s%n",
        accuracy.mape().isPresent() ? percent(accuracy.mape().getAsDouble()) : "n/a",
        pct(accuracy.bias()));
  }

  private static final String NO_HISTORY =
      "no quarter of opportunity history ended before it, so no win rate can be learned";

  private Map<String, Object> json(Period quarter, Optional<Forecast> forecast, Accuracy a) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("quarter", quarter.toString());
    root.put("currency", currency);
    root.put("forecast", forecast.map(Forecast::total).orElse(null));
    root.put("pipeline", forecast.map(Forecast::pipeline).orElse(null));
    root.put("in_quarter", forecast.map(Forecast::inQuarter).orElse(null));
    root.put("cells", forecast.map(Forecast::cells).orElse(List.of()));
    root.put(
        "backtest",
        a.quarters().stream()
            .map(
                q -> {
                  Map<String, Object> m = new LinkedHashMap<>();
                  m.put("quarter", q.quarter().toString());
                  m.put("forecast", q.forecast());
                  m.put("actual", q.actual());
                  m.put("percentage_error", boxed(q.percentageError()));
                  return m;
                })
            .toList());
    root.put("mape", boxed(a.mape()));
    root.put("bias", boxed(a.bias()));
    root.put("reason", forecast.isPresent() ? null : NO_HISTORY);
    return root;
  }

  private static Double boxed(OptionalDouble v) {
    return v.isPresent() ? v.getAsDouble() : null;
  }

  private static String money(double v) {
    return String.format(Locale.ROOT, "%,.0f", v);
  }

  private static String percent(double v) {
    return String.format(Locale.ROOT, "%.1f%%", 100 * v);
  }

  private static String pct(OptionalDouble v) {
    return v.isPresent() ? String.format(Locale.ROOT, "%+.1f%%", 100 * v.getAsDouble()) : "n/a";
  }
}
