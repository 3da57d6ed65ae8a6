package dev.crmroi.cli;

import dev.crmroi.generator.Truth;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;

/** The demo's closing part: the truth the generator injected, the files, and what to try next. */
final class DemoSummary {
  private final PrintWriter out;

  DemoSummary(PrintWriter out) {
    this.out = out;
  }

  void print(Truth truth, Path dir, Path db) {
    out.printf("%n4. The CRM effect the generator injected (what measured ROI must recover):%n");
    out.printf(
        "   go-live per region: %s; never live (control): %s%n",
        truth.goLive().entrySet().stream()
            .map(e -> e.getKey() + " " + e.getValue())
            .collect(Collectors.joining(", ")),
        String.join(", ", truth.controlUnits()));
    TextTable t = new TextTable("   benefit stream", "true incremental benefit (USD)");
    for (Map.Entry<String, Double> e : truth.benefitByStream().entrySet()) {
      t.row("   " + e.getKey(), money(e.getValue()));
    }
    t.row("   total", money(truth.trueBenefitTotal()));
    t.row("   CRM cost of ownership", money(truth.trueCostTotal()));
    t.row("   true ROI", String.format("%.1f%%", truth.trueRoi() * 100));
    t.print(out);
    out.printf("   confounders the analysis must not credit to the CRM:%n");
    confounders(truth).forEach(line -> out.println("     - " + line));
  }

  /** Where the demo's files are and what to run next. */
  void printFiles(Path dir, Path db) {
    out.printf(
        "%nFiles: %s/*.csv (the export), %s/crm-roi.yaml (its configuration),"
            + " %s/truth.json (the injected truth), store %s%n",
        dir, dir, dir, db);
    out.printf(
        "Next: ./crm-roi roi --db %s --config %s/crm-roi.yaml   (measured ROI in full)%n", db, dir);
    out.printf("      ./crm-roi kpi --db %s --period 2025 --by region%n", db);
    out.printf("      ./crm-roi quality --db %s   (what to fix in the data)%n", db);
    out.printf("      ./crm-roi import --db %s --show-rejects   (why rows were rejected)%n", db);
    out.printf(
        "      ./crm-roi calc examples/tei-three-year.yaml   (a business case before buying)%n");
  }

  /** One line per event; an event that hit every unit on one date is said once. */
  private static java.util.List<String> confounders(Truth truth) {
    Map<String, java.util.List<String>> unitsByEvent = new java.util.LinkedHashMap<>();
    for (Truth.Event e : truth.events()) {
      unitsByEvent
          .computeIfAbsent(e.label() + "|" + e.date(), k -> new java.util.ArrayList<>())
          .add(e.unit());
    }
    int allUnits = truth.goLive().size() + truth.controlUnits().size();
    return unitsByEvent.entrySet().stream()
        .map(
            e -> {
              String[] labelDate = e.getKey().split("\\|");
              String units =
                  e.getValue().size() >= allUnits ? "all units" : String.join(", ", e.getValue());
              return labelDate[0] + " (" + units + ", from " + labelDate[1] + ")";
            })
        .toList();
  }

  private static String money(double v) {
    return String.format("%,.0f", v);
  }
}
