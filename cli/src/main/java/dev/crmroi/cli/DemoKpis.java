package dev.crmroi.cli;

import dev.crmroi.analytics.kpi.KpiEngine;
import dev.crmroi.analytics.kpi.KpiRegistry;
import dev.crmroi.core.kpi.Dimension;
import dev.crmroi.core.kpi.KpiComparison;
import dev.crmroi.core.kpi.Period;
import dev.crmroi.store.Store;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/** The demo's headline KPIs: a few figures people judge a CRM by, this year against last. */
final class DemoKpis {
  static final List<String> HEADLINE =
      List.of(
          "revenue_won",
          "win_rate",
          "avg_deal_size",
          "sales_cycle_days",
          "lead_conversion_rate",
          "churn_rate",
          "csat",
          "avg_handle_time_min",
          "adoption_rate");

  private final PrintWriter out;

  DemoKpis(PrintWriter out) {
    this.out = out;
  }

  void print(Store store, double grossMargin, int year) {
    KpiEngine engine = new KpiEngine(store, KpiRegistry.standard(), grossMargin);
    Period current = Period.year(year);
    out.printf(
        "%n3. Headline KPIs, %d against %d (all: crm-roi kpi --period %d):%n%n",
        year, year - 1, year);
    TextTable t = new TextTable("   kpi", String.valueOf(year), String.valueOf(year - 1), "change");
    for (String id : HEADLINE) {
      KpiComparison c = engine.compare(id, current, current.yearEarlier(), Dimension.NONE).get(0);
      t.row(
          "   " + id,
          format(c.current().value()),
          format(c.base().value()),
          percent(c.relativeChange()));
    }
    t.print(out);
    out.println(
        "   Before/after changes mix the CRM's effect with trend, seasonality and the"
            + " confounders below; measured ROI separates them.");
  }

  private static String format(OptionalDouble v) {
    if (v.isEmpty()) {
      return "n/a";
    }
    double x = v.getAsDouble();
    return Math.abs(x) >= 100
        ? String.format(Locale.ROOT, "%,.0f", x)
        : String.format(Locale.ROOT, "%.3f", x);
  }

  private static String percent(OptionalDouble v) {
    return v.isEmpty() ? "" : String.format(Locale.ROOT, "%+.1f%%", v.getAsDouble() * 100);
  }
}
