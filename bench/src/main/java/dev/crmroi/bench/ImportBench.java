package dev.crmroi.bench;

import dev.crmroi.core.config.CrmRoiConfig.DuckDbSettings;
import dev.crmroi.generator.GenerationListener;
import dev.crmroi.generator.GeneratorSpec;
import dev.crmroi.generator.Scale;
import dev.crmroi.generator.SyntheticCrm;
import dev.crmroi.store.Store;
import dev.crmroi.store.importing.Importer;
import dev.crmroi.store.importing.ProfileLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Import speed: crm-roi's import (parse, validate, reject, upsert, convert money) against the floor
 * it builds on — DuckDB loading the same CSV files into typed tables with no checks — in the same
 * run, so a busy machine slows both alike. Also the generator's speed. Prints a table and writes
 * JSON to bench/results/.
 */
public final class ImportBench {
  private ImportBench() {}

  public static void main(String[] args) throws Exception {
    Scale scale = Scale.parse(Args.get(args, "--scale", "medium"));
    int runs = Integer.parseInt(Args.get(args, "--runs", "3"));
    Path work = Path.of(Args.get(args, "--work", "bench/work"));
    Path data = work.resolve(scale.label() + "-seed1");
    Timing generate = new Timing();
    generate.time(
        () ->
            SyntheticCrm.generate(
                GeneratorSpec.defaults(1).withScale(scale), data, GenerationListener.NONE));
    long bytes = csvBytes(data);
    long rows = csvRows(data);
    Timing crmRoi = new Timing();
    Timing floor = new Timing();
    StepTimes steps = new StepTimes();
    for (int i = 0; i < runs; i++) {
      Path db = fresh(work.resolve("import.duckdb"));
      crmRoi.time(() -> importWithCrmRoi(data, db, steps));
      steps.endRun();
      Path raw = fresh(work.resolve("raw.duckdb"));
      floor.time(() -> RawDuckDb.load(data, raw));
    }
    fresh(work.resolve("import.duckdb"));
    fresh(work.resolve("raw.duckdb"));
    report(scale, runs, bytes, rows, generate, crmRoi, floor, steps);
  }

  private static void importWithCrmRoi(Path data, Path db, StepTimes steps) {
    try (Store store = Store.open(db, new DuckDbSettings("1GB", 0))) {
      new Importer(store)
          .run(List.of(data.toString()), new ProfileLoader().load("canonical"), "USD", steps);
    }
  }

  private static void report(
      Scale scale,
      int runs,
      long bytes,
      long rows,
      Timing generate,
      Timing crmRoi,
      Timing floor,
      StepTimes steps)
      throws IOException {
    double mb = bytes / 1e6;
    String table =
        String.join(
            "\n",
            String.format(
                Locale.ROOT,
                "Import benchmark, %s scale: %,d rows, %.1f MB of CSV, median of %d runs",
                scale.label(),
                rows,
                mb,
                runs),
            String.format(Locale.ROOT, "%-34s %8s %10s %8s", "step", "seconds", "MB/s", "ratio"),
            line("generate (synthetic CRM)", generate.median(), mb, Double.NaN)
                + String.format(Locale.ROOT, "   %,.0f rows/s", rows / generate.median()),
            line("crm-roi import", crmRoi.median(), mb, crmRoi.median() / floor.median()),
            line("DuckDB raw load (floor)", floor.median(), mb, 1.0));
    System.out.println(table);
    System.out.println("Where crm-roi's import time goes (longest steps, median seconds):");
    System.out.print(steps.breakdown(crmRoi.median(), 12));
    String json =
        String.format(
            Locale.ROOT,
            "{\"benchmark\": \"import\", \"scale\": \"%s\", \"runs\": %d, \"csv_bytes\": %d, \"rows\": %d,"
                + " \"generate_s\": %.3f, \"crm_roi_import_s\": %.3f, \"duckdb_floor_s\": %.3f,"
                + " \"crm_roi_mb_per_s\": %.1f, \"floor_mb_per_s\": %.1f, \"ratio\": %.3f,"
                + " \"crm_roi_runs_s\": %s, \"floor_runs_s\": %s, \"cores\": %d,"
                + " \"import_steps_s\": %s}%n",
            scale.label(),
            runs,
            bytes,
            rows,
            generate.median(),
            crmRoi.median(),
            floor.median(),
            mb / crmRoi.median(),
            mb / floor.median(),
            crmRoi.median() / floor.median(),
            crmRoi.all(),
            floor.all(),
            Runtime.getRuntime().availableProcessors(),
            steps.json());
    Path out =
        Path.of(
            "bench/results/import-"
                + scale.label()
                + "-"
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"))
                + ".json");
    Files.createDirectories(out.getParent());
    Files.writeString(out, json);
    System.out.println("Written " + out);
  }

  private static String line(String step, double seconds, double mb, double ratio) {
    return String.format(
        Locale.ROOT,
        "%-34s %8.2f %10.1f %8s",
        step,
        seconds,
        mb / seconds,
        Double.isNaN(ratio) ? "" : String.format(Locale.ROOT, "%.2fx", ratio));
  }

  private static long csvBytes(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      long sum = 0;
      for (Path p : files.filter(p -> p.toString().endsWith(".csv")).toList()) {
        sum += Files.size(p);
      }
      return sum;
    }
  }

  private static long csvRows(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      long sum = 0;
      for (Path p : files.filter(p -> p.toString().endsWith(".csv")).toList()) {
        try (Stream<String> lines = Files.lines(p)) {
          sum += lines.count() - 1;
        }
      }
      return sum;
    }
  }

  private static Path fresh(Path db) throws IOException {
    Files.deleteIfExists(db);
    Files.deleteIfExists(Path.of(db + ".wal"));
    return db;
  }
}
