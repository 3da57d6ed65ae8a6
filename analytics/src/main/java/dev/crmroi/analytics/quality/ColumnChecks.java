package dev.crmroi.analytics.quality;

import static dev.crmroi.store.SqlResource.ident;
import static dev.crmroi.store.SqlResource.literal;

import dev.crmroi.core.schema.ColumnSpec;
import dev.crmroi.core.schema.ColumnType;
import dev.crmroi.core.schema.TableSpec;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The checks the canonical schema implies column by column: required and recommended fields filled,
 * dates from 1990 up to today, enumerations and currencies known, references resolving, ids unique.
 * Each becomes one SQL statement that adds findings.
 */
final class ColumnChecks {
  static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);

  private final Sql sql;
  private final LocalDate today;
  private final String reportingCurrency;
  private final List<RecommendedField> recommended;

  ColumnChecks(Sql sql, LocalDate today, String reportingCurrency) {
    this.sql = sql;
    this.today = today;
    this.reportingCurrency = reportingCurrency;
    this.recommended = RecommendedField.all();
  }

  /** Adds the findings of every column check of {@code table}; returns the completeness checks. */
  int run(TableSpec table) {
    int completenessChecks = 0;
    for (ColumnSpec c : table.requiredColumns()) {
      check(table, c.name(), "missing_required", QualityDimension.COMPLETENESS, missing(c));
      completenessChecks++;
    }
    for (RecommendedField f : recommended) {
      Optional<ColumnSpec> c = table.column(f.column());
      if (f.table().equals(table.name()) && c.isPresent() && !c.get().required()) {
        String when = f.when().map(w -> " AND (" + w + ")").orElse("");
        check(
            table,
            f.column(),
            "missing_recommended",
            QualityDimension.COMPLETENESS,
            missing(c.get()) + when);
        completenessChecks++;
      }
    }
    for (ColumnSpec c : table.columns()) {
      valueChecks(table, c);
    }
    sql.run("duplicate_ids.sql", names(table, String.join("|", table.key())));
    return completenessChecks;
  }

  private void valueChecks(TableSpec table, ColumnSpec c) {
    String col = ident(c.name());
    if (c.type() == ColumnType.DATE || c.type() == ColumnType.TIMESTAMP) {
      check(
          table,
          c.name(),
          "date_out_of_range",
          QualityDimension.VALIDITY,
          "CAST("
              + col
              + " AS DATE) < "
              + date(EARLIEST)
              + " OR CAST("
              + col
              + " AS DATE) > "
              + date(today));
    }
    if (c.type() == ColumnType.ENUM) {
      String allowed = c.allowed().stream().map(v -> literal(v)).collect(Collectors.joining(", "));
      check(
          table,
          c.name(),
          "unknown_value",
          QualityDimension.VALIDITY,
          col + " IS NOT NULL AND " + col + " NOT IN (" + allowed + ")");
    }
    if (c.type() == ColumnType.CURRENCY && !table.name().equals("fx_rates")) {
      check(
          table,
          c.name(),
          "unknown_currency",
          QualityDimension.VALIDITY,
          col
              + " IS NOT NULL AND "
              + col
              + " <> "
              + literal(reportingCurrency)
              + " AND "
              + col
              + " NOT IN (SELECT currency FROM fx_rates)");
    }
    if (c.references().isPresent()) {
      String target = c.references().get();
      Map<String, String> values = names(table, c.name());
      values.put("column", col);
      values.put("target", ident(target));
      values.put("target_id", ident(idColumn(target)));
      sql.run("orphan.sql", values);
    }
  }

  private void check(
      TableSpec table, String column, String kind, QualityDimension d, String predicate) {
    Map<String, String> values = names(table, column);
    values.put("kind", literal(kind));
    values.put("dimension", literal(d.label()));
    values.put("predicate", predicate);
    sql.run("check.sql", values);
  }

  private static String missing(ColumnSpec c) {
    String col = ident(c.name());
    boolean text =
        c.type() == ColumnType.TEXT
            || c.type() == ColumnType.ID
            || c.type() == ColumnType.ENUM
            || c.type() == ColumnType.CURRENCY;
    return text ? "(" + col + " IS NULL OR trim(" + col + ") = '')" : col + " IS NULL";
  }

  private static Map<String, String> names(TableSpec table, String column) {
    Map<String, String> values = new java.util.HashMap<>();
    values.put("table", ident(table.name()));
    values.put("table_name", literal(table.name()));
    values.put("column_name", literal(column));
    values.put("record_id", recordId(table));
    return values;
  }

  /** The SQL expression of a row's id: its key, with {@code |} between composite key parts. */
  static String recordId(TableSpec table) {
    List<String> parts = new ArrayList<>();
    for (String k : table.key()) {
      parts.add("CAST(" + ident(k) + " AS VARCHAR)");
    }
    return parts.size() == 1 ? parts.get(0) : "concat_ws('|', " + String.join(", ", parts) + ")";
  }

  private static String idColumn(String table) {
    return dev.crmroi.core.schema.CanonicalSchema.table(table)
        .orElseThrow(() -> new IllegalStateException("no canonical table " + table))
        .key()
        .get(0);
  }

  private static String date(LocalDate d) {
    return "DATE '" + d + "'";
  }
}
