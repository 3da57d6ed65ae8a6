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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Imports one CSV file into its canonical table inside the caller's transaction: parse and validate
 * in DuckDB, record every rejected row with its reason, then upsert the good rows by key.
 */
final class FileImport {
  private final Connection connection;
  private final Profile profile;
  private final String reportingCurrency;
  private final long importId;
  private final ImportListener listener;

  FileImport(
      Connection connection,
      Profile profile,
      String reportingCurrency,
      long importId,
      ImportListener listener) {
    this.connection = connection;
    this.profile = profile;
    this.reportingCurrency = reportingCurrency;
    this.importId = importId;
    this.listener = listener;
  }

  FileCounts run(SourceFile file, long bytesBefore) throws SQLException {
    Path path = file.path();
    FileCheck.requireCsvText(path);
    TableSpec table = CanonicalSchema.table(file.table()).orElseThrow();
    Profile.TableMapping mapping = profile.tables().get(file.table());
    List<String> header = CsvHeader.read(path, profile.delimiter());
    ColumnPlan plan = ColumnPlan.of(table, mapping, header);
    plan.requireColumns(path, table, mapping, header);
    Map<String, String> sql = sqlParts(file, table, mapping, plan, header);
    execute("DROP TABLE IF EXISTS import_csv_errors; DROP TABLE IF EXISTS import_csv_scans");
    new QueryProgress(connection, listener, bytesBefore, file).run(render("typed.sql", sql));
    long broken = CsvErrors.check(connection, path);
    long[] typedAndBad = longs("SELECT count(*), count(*) FILTER (WHERE _bad) FROM import_typed");
    execute(render("csv_lines.sql", sql));
    execute(render("dups.sql", sql));
    if (typedAndBad[1] > 0) {
      execute(render("rejects_rows.sql", sql));
    }
    execute(render("rejects_dups.sql", sql));
    execute(render("rejects_csv.sql", sql));
    execute(render("valid.sql", sql));
    long typed = typedAndBad[0];
    long valid =
        typed - typedAndBad[1] - longs("SELECT coalesce(sum(copies - 1), 0) FROM import_dups")[0];
    long existing = 0;
    long unchanged = 0;
    if (longs("SELECT count(*) FROM (SELECT 1 FROM " + ident(table.name()) + " LIMIT 1)")[0] > 0) {
      long[] compared = longs(render("compare.sql", sql));
      existing = compared[0];
      unchanged = compared[1];
      execute(render("delete.sql", sql));
    }
    execute(render("insert.sql", sql));
    return new FileCounts(
        file,
        typed + broken,
        valid - existing,
        existing - unchanged,
        unchanged,
        typed - valid + broken,
        plan.ignored());
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
    sql.put("import_id", Long.toString(importId));
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

  private List<String> knownCurrencies() throws SQLException {
    List<String> known = new ArrayList<>();
    known.add(reportingCurrency);
    try (Statement s = connection.createStatement();
        ResultSet r = s.executeQuery("SELECT DISTINCT currency FROM fx_rates ORDER BY currency")) {
      while (r.next()) {
        if (!r.getString(1).equals(reportingCurrency)) {
          known.add(r.getString(1));
        }
      }
    }
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
