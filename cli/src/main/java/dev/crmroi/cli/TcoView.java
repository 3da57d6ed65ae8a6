package dev.crmroi.cli;

import dev.crmroi.analytics.tco.Tco;
import java.io.PrintWriter;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Prints a TCO: category by year (or month by total), with totals that add up. */
final class TcoView {
  private final PrintWriter out;
  private final OutputFormat format;

  TcoView(PrintWriter out, OutputFormat format) {
    this.out = out;
    this.format = format;
  }

  void print(Tco tco, String by) {
    switch (format) {
      case json -> out.println(Json.write(json(tco)));
      case csv -> printCsv(tco, by);
      case table -> printTable(tco, by);
    }
  }

  private void printTable(Tco tco, String by) {
    out.printf("Total cost of ownership %s to %s (%s)%n%n", tco.from(), tco.to(), tco.currency());
    if (by.equals("month")) {
      TextTable t = new TextTable("month", "cost");
      tco.byMonth().forEach((m, v) -> t.row(m.toString(), money(v)));
      t.row("total", money(tco.total()));
      t.print(out);
      return;
    }
    Map<Integer, Map<String, Double>> years = tco.byYearAndCategory();
    List<String> header = new ArrayList<>(List.of("category"));
    years.keySet().forEach(y -> header.add(String.valueOf(y)));
    header.add("total");
    TextTable t = new TextTable(header.toArray(String[]::new));
    for (Map.Entry<String, Double> c : tco.byCategory().entrySet()) {
      List<Object> row = new ArrayList<>(List.of(c.getKey()));
      years.values().forEach(m -> row.add(money(m.getOrDefault(c.getKey(), 0.0))));
      row.add(money(c.getValue()));
      t.row(row.toArray());
    }
    List<Object> total = new ArrayList<>(List.of("total"));
    years
        .values()
        .forEach(m -> total.add(money(m.values().stream().mapToDouble(Double::doubleValue).sum())));
    total.add(money(tco.total()));
    t.row(total.toArray());
    t.print(out);
  }

  private void printCsv(Tco tco, String by) {
    if (by.equals("month")) {
      out.println("month,cost");
      tco.byMonth().forEach((m, v) -> out.println(m + "," + plain(v)));
      return;
    }
    out.println("year,category,cost");
    tco.byYearAndCategory()
        .forEach((y, cats) -> cats.forEach((c, v) -> out.println(y + "," + c + "," + plain(v))));
  }

  private static Map<String, Object> json(Tco tco) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("currency", tco.currency());
    root.put("from", tco.from().toString());
    root.put("to", tco.to().toString());
    root.put("total", tco.total());
    root.put("by_category", tco.byCategory());
    Map<String, Object> years = new LinkedHashMap<>();
    tco.byYearAndCategory().forEach((y, m) -> years.put(String.valueOf(y), m));
    root.put("by_year", years);
    Map<String, Double> months = new LinkedHashMap<>();
    tco.byMonth().forEach((YearMonth m, Double v) -> months.put(m.toString(), v));
    root.put("by_month", months);
    return root;
  }

  private static String money(double v) {
    return String.format(Locale.ROOT, "%,.2f", v);
  }

  private static String plain(double v) {
    return String.format(Locale.ROOT, "%.2f", v);
  }
}
