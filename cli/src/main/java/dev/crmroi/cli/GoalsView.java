package dev.crmroi.cli;

import dev.crmroi.analytics.goals.GoalProgress;
import dev.crmroi.analytics.goals.LinearTrend;
import java.io.PrintWriter;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Prints goal progress as a table or JSON ({@code {"as_of", "goals": [{"metric", "slice", "owner",
 * "target", "baseline", "deadline", "direction", "current", "progress", "months", "forecast",
 * "forecast_low", "forecast_high", "status", "reason"}]}}).
 */
final class GoalsView {
  private final PrintWriter out;
  private final OutputFormat format;

  GoalsView(PrintWriter out, OutputFormat format) {
    this.out = out;
    this.format = format;
  }

  void printNone() {
    if (format == OutputFormat.json) {
      out.println(Json.write(Map.of("goals", List.of())));
    } else {
      out.println("No goals configured: add them under goals: in crm-roi.yaml, e.g.");
      out.println(
          "  - {metric: win_rate, target: 0.30, baseline: 0.25, deadline: 2025-12-31,"
              + " slice: \"region=EMEA\", owner: VP Sales}");
    }
  }

  void print(YearMonth asOf, List<GoalProgress> goals) {
    if (format == OutputFormat.json) {
      Map<String, Object> root = new LinkedHashMap<>();
      root.put("as_of", asOf.toString());
      root.put("goals", goals.stream().map(GoalsView::entry).toList());
      out.println(Json.write(root));
      return;
    }
    out.printf(
        "Goals with data to %s (forecast for the deadline's month, 80%% interval)%n%n", asOf);
    TextTable t =
        new TextTable(
            "metric",
            "slice",
            "owner",
            "deadline",
            "target",
            "baseline",
            "current",
            "progress",
            "forecast",
            "interval",
            "status");
    for (GoalProgress p : goals) {
      t.row(
          p.goal().metric(),
          p.goal().slice().orElse("all"),
          p.goal().owner().orElse(""),
          p.goal().deadline().toString(),
          num(p.goal().target()),
          p.goal().baseline().map(GoalsView::num).orElse("-"),
          p.current().isPresent() ? num(p.current().getAsDouble()) : "n/a",
          p.progress().isPresent()
              ? String.format(Locale.ROOT, "%.0f%%", 100 * p.progress().getAsDouble())
              : "-",
          p.forecast().map(f -> num(f.central())).orElse("n/a"),
          p.forecast().map(f -> num(f.low()) + " .. " + num(f.high())).orElse(""),
          p.status().label() + p.reason().map(r -> " (" + r + ")").orElse(""));
    }
    t.print(out);
  }

  private static Map<String, Object> entry(GoalProgress p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("metric", p.goal().metric());
    m.put("slice", p.goal().slice().orElse(null));
    m.put("owner", p.goal().owner().orElse(null));
    m.put("target", p.goal().target());
    m.put("baseline", p.goal().baseline().orElse(null));
    m.put("deadline", p.goal().deadline().toString());
    m.put("direction", p.direction().name().toLowerCase(Locale.ROOT));
    m.put("current", boxed(p.current()));
    m.put("progress", boxed(p.progress()));
    m.put("months", p.months());
    m.put("forecast", p.forecast().map(LinearTrend.Interval::central).orElse(null));
    m.put("forecast_low", p.forecast().map(LinearTrend.Interval::low).orElse(null));
    m.put("forecast_high", p.forecast().map(LinearTrend.Interval::high).orElse(null));
    m.put("status", p.status().label());
    m.put("reason", p.reason().orElse(null));
    return m;
  }

  private static Double boxed(OptionalDouble v) {
    return v.isPresent() ? v.getAsDouble() : null;
  }

  private static String num(double v) {
    return Math.abs(v) >= 100
        ? String.format(Locale.ROOT, "%,.0f", v)
        : String.format(Locale.ROOT, "%.3f", v);
  }
}
