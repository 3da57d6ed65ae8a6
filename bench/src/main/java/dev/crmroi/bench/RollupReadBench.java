package dev.crmroi.bench;

import dev.crmroi.analytics.kpi.KpiEngine;
import dev.crmroi.analytics.kpi.KpiRegistry;
import dev.crmroi.analytics.kpi.Rollups;
import dev.crmroi.core.config.CrmRoiConfig.DuckDbSettings;
import dev.crmroi.core.kpi.Dimension;
import dev.crmroi.core.kpi.Period;
import dev.crmroi.generator.Scale;
import dev.crmroi.store.Store;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Dashboard-style reads: one rolled-up KPI for a year by region, as the web dashboard will ask for
 * it, timed in the process (no JVM start-up) against the same KPI computed from the raw rows.
 * Imports the data with the CLI first when the store is not there yet.
 */
public final class RollupReadBench {
  private RollupReadBench() {}

  public static void main(String[] args) throws Exception {
    Scale scale = Scale.parse(Args.get(args, "--scale", "large"));
    int repeats = Integer.parseInt(Args.get(args, "--repeats", "5"));
    Period year = Period.year(Integer.parseInt(Args.get(args, "--year", "2025")));
    Path work = Path.of(Args.get(args, "--work", "bench/work"));
    Path db = work.resolve("rollups-" + scale.label() + ".duckdb");
    if (!Files.exists(db)) {
      Path data = work.resolve(scale.label() + "-seed1");
      EndToEndBench.log("importing %s into %s", data, db);
      Processes.run(
          List.of(
              "java",
              "-Xmx2g",
              "-jar",
              "cli/target/crm-roi.jar",
              "import",
              data.toString(),
              "--db",
              db.toString(),
              "-q"));
    }
    try (Store store = Store.open(db, new DuckDbSettings("1GB", 0))) {
      KpiEngine engine = new KpiEngine(store, KpiRegistry.standard(), 0.35);
      List<double[]> rows = new ArrayList<>();
      System.out.printf(
          Locale.ROOT,
          "KPI for %s by region, %s scale: median of %d reads%n%n",
          year,
          scale.label(),
          repeats);
      System.out.printf(Locale.ROOT, "%-28s %14s %14s%n", "kpi", "rollups ms", "raw rows ms");
      for (String id : Rollups.KPIS.stream().sorted().toList()) {
        if (!engine.readsRollups(id, year)) {
          continue;
        }
        double fast = medianMillis(() -> engine.compute(id, year, Dimension.REGION), repeats);
        double slow =
            medianMillis(
                () -> engine.withoutRollups().compute(id, year, Dimension.REGION), repeats);
        rows.add(new double[] {fast, slow});
        System.out.printf(Locale.ROOT, "%-28s %14.1f %14.1f%n", id, fast, slow);
      }
      double worst = rows.stream().mapToDouble(r -> r[0]).max().orElse(Double.NaN);
      System.out.printf(
          Locale.ROOT,
          "%nslowest rollup read %.1f ms (target <= 100 ms: %s)%n",
          worst,
          worst <= 100 ? "met" : "MISSED");
    }
  }

  private static double medianMillis(Runnable read, int repeats) {
    read.run();
    double[] ms = new double[repeats];
    for (int i = 0; i < repeats; i++) {
      long t0 = System.nanoTime();
      read.run();
      ms[i] = (System.nanoTime() - t0) / 1e6;
    }
    Arrays.sort(ms);
    return ms[repeats / 2];
  }
}
