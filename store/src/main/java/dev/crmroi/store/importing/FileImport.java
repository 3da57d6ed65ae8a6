package dev.crmroi.store.importing;

import static dev.crmroi.store.SqlResource.ident;
import static dev.crmroi.store.SqlResource.literal;

import dev.crmroi.core.schema.CanonicalSchema;
import dev.crmroi.core.schema.ColumnSpec;
import dev.crmroi.core.schema.ColumnType;
import dev.crmroi.core.schema.TableSpec;
import dev.crmroi.store.SqlResource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Imports one CSV file into its canonical table, in two phases. {@link #parse} reads, parses and
 * checks the file into a temporary table before the import's transaction begins (DuckDB scans a
 * committed temporary table in parallel, one written inside a transaction on one thread); {@link
 * #load} then, inside the transaction, records every rejected row with its reason and upserts the
 * good rows by key.
 */
final class FileImport {
  private final Connection connection;
  private final Profile profile;
  private final String reportingCurrency;
  private final ImportListener listener;
  private final boolean numberByWindow;
  private final List<String> importedCurrencies = new ArrayList<>();

  FileImport(
      Connection connection,
      Profile profile,
      String reportingCurrency,
      ImportListener listener,
      boolean numberByWindow) {
    this.connection = connection;
    this.profile = profile;
    this.reportingCurrency = reportingCurrency;
    this.listener = listener;
    this.numberByWindow = numberByWindow;
  }

  /** A file read into its temporary tables, ready to load. */
  record Parsed(SourceFile file, Map<String, String> sql, ColumnPlan plan, long broken) {}

  /**
   * Reads file number {@code index} of the import into temporary tables (named with the index) and
   * checks it; the store is not touched.
   *
   * @throws ImportFailure when the file cannot be read at all
   */
  Parsed parse(SourceFile file, int index, long bytesBefore) throws SQLException {
    Path path = file.path();
    FileCheck.requireCsvText(path);
    TableSpec table = CanonicalSchema.table(file.table()).orElseThrow();
    Profile.TableMapping mapping = profile.tables().get(file.table());
    List<String> header = CsvHeader.read(path, profile.delimiter());
    ColumnPlan plan = ColumnPlan.of(table, mapping, header);
    plan.requireColumns(path, table, mapping, header);
    Map<String, String> sql = sqlParts(file, table, mapping, plan, header);
    sql.putAll(staging(index));
    drop(index);
    execute("SET preserve_insertion_order = true");
    long start = System.nanoTime();
    new QueryProgress(connection, listener, bytesBefore, file).run(render("typed.sql", sql));
    long broken = CsvErrors.check(connection, path, sql.get("csv_errors"), sql.get("parsed"));
    stepDone(file, "parse and check", start);
    if (table.name().equals("fx_rates")) {
      try (Statement s = connection.createStatement();
          ResultSet r =
              s.executeQuery(
                  "SELECT DISTINCT currency FROM " + sql.get("parsed") + " WHERE NOT _bad")) {
        while (r.next()) {
          importedCurrencies.add(r.getString(1));
        }
      }
    }
    return new Parsed(file, sql, plan, broken);
  }

  /**
   * The temporary tables of file number {@code index}, by template key: its parsed rows and
   * DuckDB's CSV rejects and scans.
   */
  private static Map<String, String> staging(int index) {
    return Map.of(
        "parsed", "import_parsed_" + index,
        "csv_errors", "import_csv_errors_" + index,
        "csv_scans", "import_csv_scans_" + index);
  }

  /** Drops the temporary tables of file number {@code index}. */
  void drop(int index) throws SQLException {
    dropTables(staging(index).values());
  }

  private void dropTables(Collection<String> tables) throws SQLException {
    for (String t : tables) {
      execute("DROP TABLE IF EXISTS " + t);
    }
  }

  /** Loads a parsed file inside the caller's transaction: rejects recorded, good rows upserted. */
  FileCounts load(Parsed parsed, long importId) throws SQLException {
    SourceFile file = parsed.file();
    TableSpec table = CanonicalSchema.table(file.table()).orElseThrow();
    Map<String, String> sql = new HashMap<>(parsed.sql());
    sql.put("import_id", Long.toString(importId));
    long start = System.nanoTime();
    number(file, sql);
    long[] typedAndBad = longs("SELECT count(*), count(*) FILTER (WHERE _bad) FROM import_typed");
    execute(render("csv_lines.sql", sql));
    start = stepDone(file, "count problems", start);
    execute(render("dups.sql", sql));
    start = stepDone(file, "duplicate keys", start);
    if (typedAndBad[1] > 0) {
      execute(render("rejects_rows.sql", sql));
    }
    long skipped = longs("SELECT count(*) FROM import_skip")[0];
    if (skipped > 0) {
      execute(render("rejects_dups.sql", sql));
    }
    execute(render("rejects_csv.sql", sql));
    sql.put("skip", skipped > 0 ? "AND t._rn NOT IN (SELECT _rn FROM import_skip)" : "");
    execute(render("valid.sql", sql));
    start = stepDone(file, "record rejects", start);
    long broken = parsed.broken();
    long typed = typedAndBad[0];
    long valid = typed - typedAndBad[1] - skipped;
    long existing = 0;
    long unchanged = 0;
    if (longs("SELECT count(*) FROM (SELECT 1 FROM " + ident(table.name()) + " LIMIT 1)")[0] > 0) {
      long[] compared = longs(render("compare.sql", sql));
      existing = compared[0];
      unchanged = compared[1];
      execute(render("delete.sql", sql));
      start = stepDone(file, "compare with stored rows", start);
    }
    insertUnordered(render("insert.sql", sql));
    stepDone(file, "insert", start);
    return new FileCounts(
        file,
        typed + broken,
        valid - existing,
        existing - unchanged,
        unchanged,
        typed - valid + broken,
        parsed.plan().ignored());
  }

  private Map<String, String> sqlParts(
      SourceFile file,
      TableSpec table,
      Profile.TableMapping mapping,
      ColumnPlan plan,
      List<String> header)
      throws SQLException {
    List<String> known = table.name().equals("fx_rates") ? List.of() : knownCurrencies();
    List<String> texts = new ArrayList<>();
    List<String> parsed = new ArrayList<>();
    List<String> values = new ArrayList<>();
    List<ColumnExpressions.Problem> problems = new ArrayList<>();
    List<String> structs = new ArrayList<>();
    List<String> finals = new ArrayList<>();
    for (int i = 0; i < table.columns().size(); i++) {
      ColumnSpec c = table.columns().get(i);
      ColumnExpressions e =
          new ColumnExpressions(
              c,
              plan.sources(c.name()),
              profile.dateFormats(),
              profile.idLength(),
              Optional.ofNullable(mapping.values().get(c.name())),
              fallback(c, mapping),
              known);
      String t = "__t" + i;
      String p = "__p" + i;
      texts.add(e.text() + " AS " + t);
      parsed.add(t + ", " + e.parse(t) + " AS " + p);
      values.add(e.valueOf(p) + " AS " + ident(c.name()));
      problems.addAll(e.problems(t, p));
      e.problems().forEach(pr -> structs.add(pr.struct(c.name())));
      finals.add(finalColumn(c, mapping));
    }
    Map<String, String> sql = new HashMap<>();
    sql.put("file", literal(file.path().toAbsolutePath().toString()));
    sql.put("csv", csvOptions(file.path(), header));
    sql.put("text_columns", String.join(",\n        ", texts));
    sql.put("parsed_columns", String.join(",\n      ", parsed));
    sql.put("value_columns", String.join(",\n    ", values));
    sql.put("problems", String.join(",\n      ", structs));
    sql.put("bad", badFlag(problems));
    sql.put("final_columns", String.join(", ", finals));
    sql.put("numbering", "");
    sql.put("numbering_out", "");
    sql.put("table", literal(table.name()));
    sql.putAll(TableSql.parts(table, reportingCurrency));
    return sql;
  }

  private Optional<String> fallback(ColumnSpec c, Profile.TableMapping mapping) {
    if (mapping.defaults().containsKey(c.name())) {
      return Optional.of(mapping.defaults().get(c.name()));
    }
    if (c.type() == ColumnType.CURRENCY) {
      return Optional.of(profile.defaultCurrency().orElse(reportingCurrency));
    }
    return c.defaultValue();
  }

  private static String finalColumn(ColumnSpec c, Profile.TableMapping mapping) {
    Profile.NullUnless rule = mapping.nullUnless().get(c.name());
    if (rule == null) {
      return ident(c.name());
    }
    return "CASE WHEN "
        + ident(rule.column())
        + " IN ("
        + ColumnExpressions.sqlList(rule.values())
        + ") THEN "
        + ident(c.name())
        + " END AS "
        + ident(c.name());
  }

  /** read_csv options that read every column as text under the header's names: no sniffing. */
  private String csvOptions(Path path, List<String> header) {
    List<String> entries = new ArrayList<>();
    for (String h : header) {
      entries.add(literal(h) + ": 'VARCHAR'");
    }
    return literal(path.toAbsolutePath().toString())
        + ", header = true, auto_detect = false, columns = {"
        + String.join(", ", entries)
        + "}, delim = "
        + literal(profile.delimiter())
        + ", quote = '\"', escape = '\"', encoding = "
        + literal(profile.encoding());
  }

  private static String badFlag(List<ColumnExpressions.Problem> problems) {
    if (problems.isEmpty()) {
      return "false";
    }
    List<String> terms = new ArrayList<>();
    problems.forEach(pr -> terms.add("coalesce(" + pr.condition() + ", false)"));
    return "(" + String.join(" OR ", terms) + ")";
  }

  static ImportFailure failureOf(Path path, SQLException e) {
    String message = e.getMessage() == null ? "" : e.getMessage();
    if (message.contains("Invalid unicode") || message.contains("not utf-8")) {
      return new ImportFailure(path + ": is not UTF-8 encoded; re-export it as UTF-8 CSV", e);
    }
    String first = message.lines().findFirst().orElse(message);
    return new ImportFailure(path + ": cannot be read as CSV (" + first + ")", e);
  }

  /**
   * Gives every parsed row its record number as {@code import_typed._rn}. The parse runs in
   * parallel with insertion order preserved, so the rows were written in file order and the number
   * follows from the rowid; this is checked (rowids without gaps), and should it ever fail the
   * parse runs again numbering rows with a window function, which is exact but runs on one thread.
   */
  private void number(SourceFile file, Map<String, String> sql) throws SQLException {
    long[] rows = longs("SELECT count(*), min(rowid), max(rowid) FROM " + sql.get("parsed"));
    Map<String, String> parts = new HashMap<>(sql);
    if (!numberByWindow && (rows[0] == 0 || rows[2] - rows[1] + 1 == rows[0])) {
      parts.put("number", "rowid - (" + rows[1] + ") + 1");
      parts.put("exclude", "");
    } else {
      long start = System.nanoTime();
      parts.put("numbering", "row_number() OVER () AS _rn,");
      parts.put("numbering_out", "_rn,");
      dropTables(List.of(parts.get("csv_errors"), parts.get("csv_scans")));
      execute(render("typed.sql", parts));
      stepDone(file, "parse again to number rows", start);
      parts.put("number", "_rn");
      parts.put("exclude", "EXCLUDE (_rn)");
    }
    execute(render("numbered.sql", parts));
  }

  /**
   * Runs the insert into the stored table without keeping the file's order (a table's row order
   * means nothing to crm-roi): DuckDB then writes in parallel with less memory. Every parse sets
   * order-keeping back on first, since its record numbers depend on it.
   */
  private void insertUnordered(String insert) throws SQLException {
    execute("SET preserve_insertion_order = false");
    execute(insert);
    execute("SET preserve_insertion_order = true");
  }

  /** Tells the listener how long a step took; returns the start of the next one. */
  private long stepDone(SourceFile file, String step, long start) {
    long now = System.nanoTime();
    listener.step(file.table(), step, Duration.ofNanos(now - start));
    return now;
  }

  /**
   * The reporting currency first, then the currencies with rates in the store or in this import's
   * fx_rates file, in order.
   */
  private List<String> knownCurrencies() throws SQLException {
    SortedSet<String> others = new TreeSet<>(importedCurrencies);
    try (Statement s = connection.createStatement();
        ResultSet r = s.executeQuery("SELECT DISTINCT currency FROM fx_rates")) {
      while (r.next()) {
        others.add(r.getString(1));
      }
    }
    others.remove(reportingCurrency);
    List<String> known = new ArrayList<>();
    known.add(reportingCurrency);
    known.addAll(others);
    return known;
  }

  /** The first row of {@code query} as longs. */
  private long[] longs(String query) throws SQLException {
    try (Statement s = connection.createStatement();
        ResultSet r = s.executeQuery(query)) {
      r.next();
      long[] out = new long[r.getMetaData().getColumnCount()];
      for (int i = 0; i < out.length; i++) {
        out[i] = r.getLong(i + 1);
      }
      return out;
    }
  }

  private void execute(String sql) throws SQLException {
    try (Statement s = connection.createStatement()) {
      s.execute(sql);
    }
  }

  private static String render(String name, Map<String, String> values) {
    return SqlResource.render(FileImport.class, name, values);
  }
}
