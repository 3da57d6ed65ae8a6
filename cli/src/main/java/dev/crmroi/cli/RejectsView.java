package dev.crmroi.cli;

import dev.crmroi.store.importing.Rejects;
import dev.crmroi.store.importing.Rejects.Reject;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/** Prints the rows an import rejected: file, line, column, value and reason. */
final class RejectsView {
  private final PrintWriter out;
  private final OutputFormat format;

  RejectsView(PrintWriter out, OutputFormat format) {
    this.out = out;
    this.format = format;
  }

  void print(Rejects rejects, Long importId, int limit) {
    long id =
        importId != null
            ? importId
            : rejects
                .lastImport()
                .orElseThrow(() -> new UsageException("the store has no import yet"));
    List<Reject> rows = rejects.of(id, limit);
    long total = rejects.count(id);
    switch (format) {
      case json ->
          out.println(
              Json.write(java.util.Map.of("import_id", id, "total", total, "rejects", rows)));
      case csv -> printCsv(rows);
      case table -> printTable(id, rows, total);
    }
  }

  private void printTable(long id, List<Reject> rows, long total) {
    if (rows.isEmpty()) {
      out.printf("Import #%d rejected no row.%n", id);
      return;
    }
    out.printf("Import #%d rejected %,d (showing %,d):%n%n", id, total, rows.size());
    TextTable t = new TextTable("file", "line", "key", "column", "value", "reason");
    for (Reject r : rows) {
      t.row(
          Path.of(r.file()).getFileName(),
          r.line(),
          r.recordKey(),
          r.column(),
          r.value(),
          r.reason());
    }
    t.print(out);
  }

  private void printCsv(List<Reject> rows) {
    out.println("import_id,table,file,line,key,column,value,reason");
    for (Reject r : rows) {
      out.println(
          String.join(
              ",",
              Long.toString(r.importId()),
              r.table(),
              Csv.quote(r.file()),
              Long.toString(r.line()),
              Csv.quote(r.recordKey()),
              Csv.quote(r.column()),
              Csv.quote(r.value()),
              Csv.quote(r.reason())));
    }
  }
}
