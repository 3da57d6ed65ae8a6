package dev.crmroi.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where and how {@code calc} prints, and what its output is about.
 *
 * @param out standard output
 * @param format table or json
 * @param scenario the scenario file as given, or null for a quick calculation from flags
 * @param currency the reporting currency the amounts are taken to be in
 */
record CalcContext(PrintWriter out, OutputFormat format, String scenario, String currency) {

  boolean json() {
    return format == OutputFormat.json;
  }

  /** The first fields of every JSON answer: kind, scenario, currency. */
  Map<String, Object> jsonRoot(String kind) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("kind", kind);
    root.put("scenario", scenario);
    root.put("currency", currency);
    return root;
  }

  /** The title line and a blank line. */
  void title(String what) {
    String source = scenario == null ? ScenarioMessages.FLAGS : scenario;
    out.printf("%s (%s, amounts in %s)%n%n", what, source, currency);
  }

  void write(Map<String, Object> json) {
    out.println(Json.write(json));
  }
}
