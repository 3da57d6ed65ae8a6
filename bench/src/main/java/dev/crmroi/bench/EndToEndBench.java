package dev.crmroi.bench;

import dev.crmroi.core.kpi.Period;
import dev.crmroi.generator.GenerationListener;
import dev.crmroi.generator.GeneratorSpec;
import dev.crmroi.generator.Scale;
import dev.crmroi.generator.SyntheticCrm;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The end-to-end harness: crm-roi as a user runs it (the CLI in its own JVM: import, then every KPI
 * for one year by region) against the same work done directly on DuckDB and with pandas, on the
 * same files, in the same run, each step repeated and the median reported with peak memory. Prints
 * one table; writes JSON to bench/results/.
 */
public final class EndToEndBench {
  private EndToEndBench() {}

  public static void main(String[] args) throws Exception {
    Scale scale = Scale.parse(Args.get(args, "--scale", "large"));
    int runs = Integer.parseInt(Args.get(args, "--runs", "3"));
    Path work = Path.of(Args.get(args, "--work", "bench/work"));
    Path data = prepare(work, scale);
    Period year = Period.year(Integer.parseInt(Args.get(args, "--year", "2025")));
    Path db = work.resolve("e2e.duckdb");
    Steps steps = new Steps(runs);
    StepTimes importSteps = new StepTimes();
    String crmRoiKpis = "";
    String pandasKpis = "";
    for (int i = 0; i < runs; i++) {
      log("run %d of %d", i + 1, runs);
      fresh(db);
      Measured imported =
          crmRoi("import", data.toString(), "--db", db.toString(), "-q", "--timings");
      steps.add("import", "crm-roi", imported);
      importSteps.read(imported.diagnostics());
      importSteps.endRun();
      Measured kpi =
          crmRoi(
              "kpi",
              "--db",
              db.toString(),
              "--period",
              year.toString(),
              "--by",
              "region",
              "--format",
              "json");
      steps.add("kpis", "crm-roi", kpi);
      crmRoiKpis = kpi.output();
      optional(steps, "roi", db);
      optional(steps, "quality", db);
      steps.add("import", "duckdb", timed(() -> RawDuckDb.load(data, work.resolve("raw.duckdb"))));
      steps.add("kpis", "duckdb", timed(() -> RawDuckDb.kpis(db, year)));
      Measured pandas =
          Processes.run(
              List.of(
                  "/usr/bin/python3",
                  "bench/pandas/kpis.py",
                  data.toString(),
                  String.valueOf(year.start().getYear())));
      steps.add("import+kpis", "pandas", pandas);
      pandasKpis = pandas.output();
    }
    fresh(db);
    fresh(work.resolve("raw.duckdb"));
    double[] check = KpiCrossCheck.maxRelativeDifference(crmRoiKpis, pandasKpis);
    new EndToEndReport(scale, runs, data, steps, importSteps, check).print();
  }

  private static Path prepare(Path work, Scale scale) throws Exception {
    Path data = work.resolve(scale.label() + "-seed1");
    if (!Files.exists(data.resolve("crm_costs.csv"))) {
      log("generating %s data into %s", scale.label(), data);
      SyntheticCrm.generate(
          GeneratorSpec.defaults(1).withScale(scale), data, GenerationListener.NONE);
    }
    return data;
  }

  private static Measured crmRoi(String... args) throws Exception {
    List<String> command =
        new ArrayList<>(List.of("java", "-Xmx2g", "-jar", "cli/target/crm-roi.jar"));
    command.addAll(List.of(args));
    return Processes.run(command);
  }

  /** Steps of crm-roi not built yet are skipped, so the harness runs at every stage. */
  private static void optional(Steps steps, String command, Path db) throws Exception {
    String help = crmRoi("--help").output();
    if (help.lines().anyMatch(l -> l.startsWith("  " + command + " "))) {
      steps.add(command, "crm-roi", crmRoi(command, "--db", db.toString(), "--format", "json"));
    }
  }

  private static Measured timed(Timing.ThrowingRunnable step) throws Exception {
    long t0 = System.nanoTime();
    step.run();
    return new Measured((System.nanoTime() - t0) / 1e9, Double.NaN, "", "");
  }

  private static void fresh(Path db) throws Exception {
    Files.deleteIfExists(db);
    Files.deleteIfExists(Path.of(db + ".wal"));
  }

  static void log(String format, Object... args) {
    System.err.printf("[bench] " + format + "%n", args);
  }
}
