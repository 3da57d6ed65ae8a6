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
    for (String step : List.of("csv_lines.sql", "dups.sql", "rejects_rows.sql")) {
      execute(render(step, sql));
    }
    execute(render("rejects_dups.sql", sql));
    execute(render("rejects_csv.sql", sql));
    execute(render("valid.sql", sql));
    long typed = count("SELECT count(*) FROM import_typed");
    long valid = count("SELECT count(*) FROM import_valid");
    long existing = 0;
    long unchanged = 0;
    if (count("SELECT count(*) FROM (SELECT 1 FROM " + ident(table.name()) + " LIMIT 1)") > 0) {
      long[] compared = compare(sql);
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
    List<String> parsed = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    List<String> finals = new ArrayList<>();
    for (ColumnSpec c : table.columns()) {
      ColumnExpressions e =
          new ColumnExpressions(
              c,
              plan.sources(c.name()),
              profile.dateFormats(),
              profile.idLength(),
              Optional.ofNullable(mapping.values().get(c.name())),
              fallback(c, mapping),
              known);
      parsed.add(e.value() + " AS " + ident(c.name()));
      problems.addAll(e.problems());
      finals.add(finalColumn(c, mapping));
    }
    Map<String, String> sql = new HashMap<>();
    sql.put("file", literal(file.path().toAbsolutePath().toString()));
    sql.put("delimiter", literal(profile.delimiter()));
    sql.put("encoding", literal(profile.encoding()));
    sql.put("csv_columns", csvColumns(header));
    sql.put("parsed_columns", String.join(",\n    ", parsed));
    sql.put("problems", String.join(",\n      ", problems));
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

  private static String csvColumns(List<String> header) {
    List<String> entries = new ArrayList<>();
    for (String h : header) {
      entries.add(literal(h) + ": 'VARCHAR'");
    }
    return "{" + String.join(", ", entries) + "}";
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

  private long[] compare(Map<String, String> sql) throws SQLException {
    try (Statement s = connection.createStatement();
        ResultSet r = s.executeQuery(render("compare.sql", sql))) {
      r.next();
      return new long[] {r.getLong(1), r.getLong(2)};
    }
  }

  private long count(String query) throws SQLException {
    try (Statement s = connection.createStatement();
        ResultSet r = s.executeQuery(query)) {
      r.next();
      return r.getLong(1);
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
