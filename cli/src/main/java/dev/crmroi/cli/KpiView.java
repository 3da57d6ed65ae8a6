package dev.crmroi.cli;

import dev.crmroi.analytics.kpi.DrillRecord;
import dev.crmroi.analytics.kpi.KpiDrill;
import dev.crmroi.core.kpi.KpiComparison;
import dev.crmroi.core.kpi.KpiUnit;
import dev.crmroi.core.kpi.KpiValue;
import dev.crmroi.core.kpi.Period;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Function;

/**
 * Prints KPI values as a table, JSON ({@code {"period", "currency", "kpis": [{"id", "slice",
 * "value", "numerator", "denominator", "unit", "n", "reason"}]}}, extended, never renamed) or CSV.
 */
final class KpiView {
  private static final String CSV_HEADER =
      "id,period,slice,value,numerator,denominator,unit,n,reason";
  private final PrintWriter out;
  private final OutputFormat format;
  private final String currency;

  KpiView(PrintWriter out, OutputFormat format, String currency) {
    this.out = out;
    this.format = format;
    this.currency = currency;
  }

  void printValues(Period period, List<KpiValue> values) {
    switch (format) {
      case json -> out.println(Json.write(root(period, values.stream().map(this::entry).toList())));
      case csv -> {
        out.println(CSV_HEADER);
        values.forEach(v -> out.println(csvRow(v)));
      }
      case table -> {
        out.printf("KPIs for %s (money in %s)%n%n", period, currency);
        TextTable t =
            new TextTable("kpi", "slice", "value", "numerator", "denominator", "n", "note");
        values.forEach(
            v ->
                t.row(
                    v.id(),
                    v.slice(),
                    value(v),
                    num(v.numerator()),
                    num(v.denominator()),
                    v.n(),
                    note(v)));
        t.print(out);
      }
    }
  }

  void printComparisons(
      Period period, Period base, List<String> ids, Function<String, List<KpiComparison>> f) {
    List<KpiComparison> all = new ArrayList<>();
    ids.forEach(id -> all.addAll(f.apply(id)));
    switch (format) {
      case json -> {
        Map<String, Object> root = root(period, all.stream().map(this::entry).toList());
        root.put("compare_period", base.toString());
        out.println(Json.write(root));
      }
      case csv -> {
        out.println(CSV_HEADER + ",compare_period,compare_value,change,relative_change");
        all.forEach(
            c ->
                out.println(
                    csvRow(c.current())
                        + ","
                        + base
                        + ","
                        + csvNum(c.base().value())
                        + ","
                        + csvNum(c.change())
                        + ","
                        + csvNum(c.relativeChange())));
      }
      case table -> {
        out.printf("KPIs for %s against %s (money in %s)%n%n", period, base, currency);
        TextTable t =
            new TextTable("kpi", "slice", "value", base.toString(), "change", "change %", "note");
        all.forEach(
            c ->
                t.row(
                    c.current().id(),
                    c.current().slice(),
                    value(c.current()),
                    value(c.base()),
                    num(c.change()),
                    percent(c.relativeChange()),
                    note(c.current())));
        t.print(out);
      }
    }
  }

  void printSeries(
      Period period, List<String> ids, Function<String, Map<Period, List<KpiValue>>> f) {
    List<KpiValue> all = new ArrayList<>();
    ids.forEach(id -> f.apply(id).values().forEach(all::addAll));
    switch (format) {
      case json -> {
        Map<String, Object> root = root(period, all.stream().map(this::entry).toList());
        root.put("series", "month");
        out.println(Json.write(root));
      }
      case csv -> {
        out.println(CSV_HEADER);
        all.forEach(v -> out.println(csvRow(v)));
      }
      case table -> {
        out.printf("Monthly KPIs for %s (money in %s)%n%n", period, currency);
        TextTable t =
            new TextTable(
                "kpi", "month", "slice", "value", "numerator", "denominator", "n", "note");
        all.forEach(
            v ->
                t.row(
                    v.id(),
                    v.period().toString(),
                    v.slice(),
                    value(v),
                    num(v.numerator()),
                    num(v.denominator()),
                    v.n(),
                    note(v)));
        t.print(out);
      }
    }
  }

  void printDrill(Period period, KpiDrill drill) {
    KpiValue v = drill.value();
    switch (format) {
      case json -> {
        Map<String, Object> root = root(period, List.of(entry(v)));
        List<Map<String, Object>> records = new ArrayList<>();
        for (DrillRecord r : drill.records()) {
          Map<String, Object> m = new LinkedHashMap<>();
          m.put("table", r.table());
          m.put("id", r.id());
          m.put("at", r.at().orElse(null));
          m.put("numerator", r.numerator());
          m.put("denominator", r.denominator());
          m.put("observation", boxed(r.observation()));
          records.add(m);
        }
        root.put("records", records);
        root.put("truncated", drill.truncated());
        out.println(Json.write(root));
      }
      case csv -> {
        out.println("table,id,at,numerator,denominator,observation");
        drill
            .records()
            .forEach(
                r ->
                    out.println(
                        String.join(
                            ",",
                            r.table(),
                            Csv.quote(r.id()),
                            r.at().orElse(""),
                            Double.toString(r.numerator()),
                            Double.toString(r.denominator()),
                            csvNum(r.observation()))));
      }
      case table -> {
        out.printf(
            "%s for %s, slice %s: %s (numerator %s, denominator %s, n %,d)%n%n",
            v.id(), period, v.slice(), value(v), num(v.numerator()), num(v.denominator()), v.n());
        TextTable t = new TextTable("table", "id", "at", "numerator", "denominator");
        drill
            .records()
            .forEach(
                r ->
                    t.row(
                        r.table(),
                        r.id(),
                        r.at().orElse(""),
                        plain(r.numerator()),
                        plain(r.denominator())));
        t.print(out);
        if (drill.truncated()) {
          out.printf("(first %,d records; more with --limit)%n", drill.records().size());
        }
      }
    }
  }

  private Map<String, Object> root(Period period, List<Map<String, Object>> kpis) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("period", period.toString());
    root.put("currency", currency);
    root.put("kpis", kpis);
    return root;
  }

  private Map<String, Object> entry(KpiValue v) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", v.id());
    m.put("slice", v.slice());
    m.put("value", boxed(v.value()));
    m.put("numerator", boxed(v.numerator()));
    m.put("denominator", boxed(v.denominator()));
    m.put("unit", v.unit().key());
    m.put("n", v.n());
    m.put("reason", v.reason().orElse(null));
    m.put("period", v.period().toString());
    m.put("extras", v.extras());
    return m;
  }

  private Map<String, Object> entry(KpiComparison c) {
    Map<String, Object> m = entry(c.current());
    m.put("compare_value", boxed(c.base().value()));
    m.put("change", boxed(c.change()));
    m.put("relative_change", boxed(c.relativeChange()));
    return m;
  }

  private static String csvRow(KpiValue v) {
    return String.join(
        ",",
        v.id(),
        v.period().toString(),
        Csv.quote(v.slice()),
        csvNum(v.value()),
        csvNum(v.numerator()),
        csvNum(v.denominator()),
        v.unit().key(),
        Long.toString(v.n()),
        Csv.quote(v.reason().orElse("")));
  }

  private static String value(KpiValue v) {
    if (v.value().isEmpty()) {
      return "n/a";
    }
    double x = v.value().getAsDouble();
    return v.unit() == KpiUnit.RATIO ? String.format(Locale.ROOT, "%.4f", x) : plain(x);
  }

  private static String note(KpiValue v) {
    if (v.reason().isPresent()) {
      return v.reason().get();
    }
    List<String> parts = new ArrayList<>();
    parts.add(v.unit().key());
    v.extras().forEach((k, x) -> parts.add(k + " " + plain(x)));
    return String.join(", ", parts);
  }

  private static String num(OptionalDouble x) {
    return x.isPresent() ? plain(x.getAsDouble()) : "";
  }

  private static String percent(OptionalDouble x) {
    return x.isPresent() ? String.format(Locale.ROOT, "%+.1f%%", 100 * x.getAsDouble()) : "";
  }

  private static String plain(double x) {
    return x == Math.rint(x) && Math.abs(x) < 1e15
        ? String.format(Locale.ROOT, "%,d", (long) x)
        : String.format(Locale.ROOT, "%,.2f", x);
  }

  private static String csvNum(OptionalDouble x) {
    return x.isPresent() ? Double.toString(x.getAsDouble()) : "";
  }

  private static Double boxed(OptionalDouble x) {
    return x.isPresent() ? x.getAsDouble() : null;
  }
}
