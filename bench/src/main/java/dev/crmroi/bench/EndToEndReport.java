package dev.crmroi.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.crmroi.generator.Scale;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/** The end-to-end harness's table, its targets, and its JSON record in bench/results/. */
final class EndToEndReport {
  private static final double MIB = 1024;
  private final Scale scale;
  private final int runs;
  private final Path data;
  private final Steps steps;
  private final StepTimes importSteps;
  private final double[] check;

  EndToEndReport(
      Scale scale, int runs, Path data, Steps steps, StepTimes importSteps, double[] check) {
    this.scale = scale;
    this.runs = runs;
    this.data = data;
    this.steps = steps;
    this.importSteps = importSteps;
    this.check = check;
  }

  void print() throws IOException {
    double mb = csvBytes() / 1e6;
    double crm = steps.seconds("import", "crm-roi") + steps.seconds("kpis", "crm-roi");
    double duck = steps.seconds("import", "duckdb") + steps.seconds("kpis", "duckdb");
    double pandas = steps.seconds("import+kpis", "pandas");
    System.out.printf(
        Locale.ROOT,
        "End-to-end benchmark, %s scale: %.0f MB of CSV, median of %d" + " runs, %d cores%n%n",
        scale.label(),
        mb,
        runs,
        Runtime.getRuntime().availableProcessors());
    System.out.printf(
        Locale.ROOT,
        "%-12s %10s %10s %10s %15s %15s %12s%n",
        "step",
        "crm-roi s",
        "DuckDB s",
        "pandas s",
        "crm-roi/DuckDB",
        "pandas/crm-roi",
        "peak RSS MB");
    for (String step : List.of("import", "kpis")) {
      row(
          step,
          steps.seconds(step, "crm-roi"),
          steps.seconds(step, "duckdb"),
          Double.NaN,
          steps.peakRssMb(step, "crm-roi"));
    }
    row(
        "import+kpis",
        crm,
        duck,
        pandas,
        Math.max(steps.peakRssMb("import", "crm-roi"), steps.peakRssMb("kpis", "crm-roi")));
    for (String step : List.of("roi", "quality")) {
      if (steps.steps().contains(step)) {
        row(
            step,
            steps.seconds(step, "crm-roi"),
            Double.NaN,
            Double.NaN,
            steps.peakRssMb(step, "crm-roi"));
      }
    }
    double importSeconds = steps.seconds("import", "crm-roi");
    System.out.printf(
        Locale.ROOT,
        "%nWhere crm-roi's import time goes (median seconds; share of the import's %.1f s):%n",
        importSeconds);
    System.out.print(importSteps.breakdown(importSeconds, 14));
    System.out.printf(
        Locale.ROOT,
        "  %-44s %8.2f %7.0f%%%n",
        "outside the steps (JVM start, store open)",
        importSeconds - importSteps.total(),
        100 * (importSeconds - importSteps.total()) / importSeconds);
    double importMbs = mb / importSeconds;
    System.out.printf(
        Locale.ROOT,
        "%npandas peak RSS %.0f MB. crm-roi import %.1f MB/s.%n",
        steps.peakRssMb("import+kpis", "pandas"),
        importMbs);
    System.out.printf(
        Locale.ROOT,
        "Cross-check: crm-roi and pandas agree on %d values (largest"
            + " relative difference %.2e).%n",
        (int) check[1],
        check[0]);
    System.out.printf(
        Locale.ROOT,
        "Targets: import+kpis <= 1.4x DuckDB %s; >= 2.5x faster than"
            + " pandas %s; peak RSS <= 1.5 GiB %s; import >= 120 MB/s %s%n",
        met(crm / duck <= 1.4),
        met(pandas / crm >= 2.5),
        met(peak() <= 1.5 * MIB),
        met(importMbs >= 120));
    write(mb, crm, duck, pandas);
  }

  private double peak() {
    return steps.steps().stream()
        .mapToDouble(s -> steps.peakRssMb(s, "crm-roi"))
        .filter(v -> !Double.isNaN(v))
        .max()
        .orElse(Double.NaN);
  }

  private static void row(String step, double crm, double duck, double pandas, double rss) {
    System.out.printf(
        Locale.ROOT,
        "%-12s %10s %10s %10s %15s %15s %12s%n",
        step,
        num(crm),
        num(duck),
        num(pandas),
        ratio(crm, duck),
        ratio(pandas, crm),
        num(rss));
  }

  private void write(double mb, double crm, double duck, double pandas) throws IOException {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("benchmark", "end_to_end");
    json.put("scale", scale.label());
    json.put("runs", runs);
    json.put("csv_mb", mb);
    json.put("cores", Runtime.getRuntime().availableProcessors());
    Map<String, Object> byStep = new LinkedHashMap<>();
    for (String step : steps.steps()) {
      Map<String, Object> tools = new LinkedHashMap<>();
      for (String tool : List.of("crm-roi", "duckdb", "pandas")) {
        if (!Double.isNaN(steps.seconds(step, tool))) {
          tools.put(
              tool,
              Map.of(
                  "seconds",
                  steps.seconds(step, tool),
                  "peak_rss_mb",
                  steps.peakRssMb(step, tool)));
        }
      }
      byStep.put(step, tools);
    }
    json.put("steps", byStep);
    json.put("crm_roi_import_steps_s", importSteps.medians());
    json.put("import_kpis_crm_roi_s", crm);
    json.put("import_kpis_duckdb_s", duck);
    json.put("import_kpis_pandas_s", pandas);
    json.put("ratio_crm_roi_to_duckdb", crm / duck);
    json.put("speedup_over_pandas", pandas / crm);
    json.put("cross_check_max_relative_difference", check[0]);
    json.put("cross_check_values", (int) check[1]);
    Path out =
        Path.of(
            "bench/results/e2e-"
                + scale.label()
                + "-"
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"))
                + ".json");
    Files.createDirectories(out.getParent());
    new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(out.toFile(), json);
    System.out.println("Written " + out);
  }

  private long csvBytes() throws IOException {
    try (Stream<Path> files = Files.list(data)) {
      long sum = 0;
      for (Path p : files.filter(p -> p.toString().endsWith(".csv")).toList()) {
        sum += Files.size(p);
      }
      return sum;
    }
  }

  private static String met(boolean ok) {
    return ok ? "met" : "MISSED";
  }

  private static String num(double v) {
    return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.2f", v);
  }

  private static String ratio(double a, double b) {
    return Double.isNaN(a) || Double.isNaN(b) ? "" : String.format(Locale.ROOT, "%.2fx", a / b);
  }
}
