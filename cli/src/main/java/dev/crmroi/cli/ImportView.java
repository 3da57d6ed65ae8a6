package dev.crmroi.cli;

import dev.crmroi.store.importing.FileCounts;
import dev.crmroi.store.importing.ImportReport;
import dev.crmroi.store.importing.Rejects;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Prints an import's summary: counts per file that add up, rejects, orphans, skipped files. */
final class ImportView {
  private final PrintWriter out;
  private final Path db;
  private final OutputFormat format;

  ImportView(PrintWriter out, Path db, OutputFormat format) {
    this.out = out;
    this.db = db;
    this.format = format;
  }

  void print(ImportReport report, Rejects rejects) {
    switch (format) {
      case json -> printJson(report);
      case csv -> printCsv(report);
      case table -> printTable(report, rejects);
    }
  }

  private void printTable(ImportReport report, Rejects rejects) {
    out.printf("Import #%d into %s%n%n", report.importId(), db);
    TextTable t =
        new TextTable("table", "file", "read", "loaded", "updated", "unchanged", "rejected");
    for (FileCounts f : report.files()) {
      t.row(
          f.file().table(),
          f.file().path().getFileName(),
          f.read(),
          f.loaded(),
          f.updated(),
          f.unchanged(),
          f.rejected());
    }
    t.row(
        "total",
        "",
        sum(report, FileCounts::read),
        sum(report, FileCounts::loaded),
        sum(report, FileCounts::updated),
        sum(report, FileCounts::unchanged),
        report.rejected());
    t.print(out);
    if (report.rejected() > 0) {
      out.printf(
          "%n%,d rows rejected; the first few (all: crm-roi import --show-rejects):%n",
          report.rejected());
      for (Rejects.Reject r : rejects.of(report.importId(), 5)) {
        out.printf("  %s:%d  %s%n", Path.of(r.file()).getFileName(), r.line(), r.reason());
      }
    }
    if (!report.orphans().isEmpty()) {
      out.println();
      out.println("Rows kept that reference missing rows (crm-roi quality lists them):");
      report.orphans().forEach((k, v) -> out.printf("  %s: %,d%n", k, v));
    }
    printNotes(report);
  }

  private void printNotes(ImportReport report) {
    if (!report.skipped().isEmpty()) {
      out.printf(
          "%nSkipped %d file(s) that match no table: %s%n",
          report.skipped().size(),
          report.skipped().stream()
              .map(p -> p.getFileName().toString())
              .collect(java.util.stream.Collectors.joining(", ")));
    }
    for (FileCounts f : report.files()) {
      if (!f.ignoredColumns().isEmpty()) {
        out.printf(
            "Ignored columns of %s: %s%n",
            f.file().path().getFileName(), String.join(", ", f.ignoredColumns()));
      }
    }
  }

  private void printCsv(ImportReport report) {
    out.println("import_id,table,file,read,loaded,updated,unchanged,rejected");
    for (FileCounts f : report.files()) {
      out.printf(
          "%d,%s,%s,%d,%d,%d,%d,%d%n",
          report.importId(),
          f.file().table(),
          Csv.quote(f.file().path().toString()),
          f.read(),
          f.loaded(),
          f.updated(),
          f.unchanged(),
          f.rejected());
    }
  }

  private void printJson(ImportReport report) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("import_id", report.importId());
    root.put("db", db.toString());
    List<Map<String, Object>> files = new ArrayList<>();
    for (FileCounts f : report.files()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("table", f.file().table());
      m.put("file", f.file().path().toString());
      m.put("read", f.read());
      m.put("loaded", f.loaded());
      m.put("updated", f.updated());
      m.put("unchanged", f.unchanged());
      m.put("rejected", f.rejected());
      m.put("ignored_columns", f.ignoredColumns());
      files.add(m);
    }
    root.put("files", files);
    root.put("rejected", report.rejected());
    root.put("orphans", report.orphans());
    root.put("skipped", report.skipped().stream().map(Path::toString).toList());
    out.println(Json.write(root));
  }

  private static long sum(ImportReport report, java.util.function.ToLongFunction<FileCounts> f) {
    return report.files().stream().mapToLong(f).sum();
  }
}
