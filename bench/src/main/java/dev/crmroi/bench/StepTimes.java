package dev.crmroi.bench;

import dev.crmroi.store.importing.ImportListener;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where an import's time goes: the seconds of each import step ("activities: parse and check"),
 * kept per run so the report can give the median of each over the runs.
 */
final class StepTimes implements ImportListener {
  private final Map<String, Timing> steps = new LinkedHashMap<>();
  private final Map<String, Double> current = new LinkedHashMap<>();

  @Override
  public void step(String table, String step, Duration elapsed) {
    current.merge(table + ": " + step, elapsed.toNanos() / 1e9, Double::sum);
  }

  /**
   * Reads the lines " step<TAB>seconds" that {@code crm-roi import --timings} prints on standard
   * error (its total line left out).
   */
  void read(String timings) {
    timings
        .lines()
        .filter(l -> l.startsWith("  ") && l.contains("\t") && !l.contains("total of the steps"))
        .forEach(
            l -> {
              int tab = l.lastIndexOf('\t');
              current.merge(
                  l.substring(2, tab), Double.parseDouble(l.substring(tab + 1)), Double::sum);
            });
  }

  /** The sum of the steps' medians. */
  double total() {
    return steps.values().stream().mapToDouble(Timing::median).sum();
  }

  /** Closes one run: its step times join the others. */
  void endRun() {
    current.forEach((k, v) -> steps.computeIfAbsent(k, x -> new Timing()).add(v));
    current.clear();
  }

  /**
   * Where the time went: the steps summed by what precedes their colon (a table, "rollup", "all"),
   * then the {@code limit} longest single steps; each line gives the median seconds and the share
   * of {@code total}.
   */
  String breakdown(double total, int limit) {
    Map<String, Double> groups = new LinkedHashMap<>();
    medians()
        .forEach(
            (k, v) ->
                groups.merge(
                    k.substring(0, Math.max(0, k.indexOf(':'))) + " (all its steps)",
                    v,
                    Double::sum));
    StringBuilder b = new StringBuilder();
    longestFirst(groups, groups.size()).forEach(e -> line(b, e, total));
    b.append("The longest single steps:\n");
    longestFirst(medians(), limit).forEach(e -> line(b, e, total));
    return b.toString();
  }

  /** The medians as a JSON object. */
  String json() {
    List<String> parts = new ArrayList<>();
    medians().forEach((k, v) -> parts.add(String.format(Locale.ROOT, "\"%s\": %.3f", k, v)));
    return "{" + String.join(", ", parts) + "}";
  }

  /** The medians by step, in the order the steps first ran. */
  Map<String, Double> medians() {
    Map<String, Double> out = new LinkedHashMap<>();
    steps.forEach((k, t) -> out.put(k, t.median()));
    return out;
  }

  private static List<Map.Entry<String, Double>> longestFirst(
      Map<String, Double> seconds, int limit) {
    List<Map.Entry<String, Double>> out = new ArrayList<>(seconds.entrySet());
    out.sort(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()));
    return out.subList(0, Math.min(limit, out.size()));
  }

  private static void line(StringBuilder b, Map.Entry<String, Double> e, double total) {
    b.append(
        String.format(
            Locale.ROOT,
            "  %-44s %8.2f %7.0f%%%n",
            e.getKey(),
            e.getValue(),
            100 * e.getValue() / total));
  }
}
