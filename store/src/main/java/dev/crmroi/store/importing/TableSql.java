package dev.crmroi.store.importing;

import static dev.crmroi.store.SqlResource.ident;
import static dev.crmroi.store.SqlResource.literal;

import dev.crmroi.core.schema.ColumnSpec;
import dev.crmroi.core.schema.ColumnType;
import dev.crmroi.core.schema.TableSpec;
import dev.crmroi.store.SqlResource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The per-table pieces of the import SQL: key joins, row comparison, and the conversion of money
 * columns into the reporting currency.
 */
final class TableSql {
  /** The date at which each table's amounts are converted (nearest earlier exchange rate). */
  private static final Map<String, String> MONEY_DATE =
      Map.of(
          "campaigns", "v.started_on",
          "opportunities", "coalesce(v.closed_at, v.created_at)",
          "invoices", "v.issued_on",
          "subscriptions", "v.started_on",
          "spend", "v.period_start",
          "crm_costs", "v.incurred_on");

  private TableSql() {}

  static Map<String, String> parts(TableSpec table, String reportingCurrency) {
    Map<String, String> sql = new HashMap<>();
    List<String> key = table.key();
    sql.put("key_columns", join(key, c -> ident(c), ", "));
    sql.put("key_name", literal(String.join("+", key)));
    sql.put(
        "record_key",
        "concat_ws('|', " + join(key, c -> "t." + ident(c) + "::VARCHAR", ", ") + ")");
    sql.put("key_join_td", join(key, c -> "t." + ident(c) + " = d." + ident(c), " AND "));
    sql.put("key_join_vt", join(key, c -> "v." + ident(c) + " = t." + ident(c), " AND "));
    sql.put(
        "key_join_v_table",
        join(key, c -> "v." + ident(c) + " = " + ident(table.name()) + "." + ident(c), " AND "));
    List<String> names = table.columnNames();
    sql.put("typed_columns", join(names, c -> "t." + ident(c), ", "));
    sql.put(
        "same_row",
        join(names, c -> "v." + ident(c) + " IS NOT DISTINCT FROM t." + ident(c), " AND "));
    sql.put("table", literal(table.name()));
    sql.putAll(money(table, reportingCurrency));
    return sql;
  }

  private static Map<String, String> money(TableSpec table, String reportingCurrency) {
    List<String> columns = new ArrayList<>(table.columnNames());
    List<String> values = new ArrayList<>();
    columns.forEach(c -> values.add("v." + ident(c)));
    String fxJoin = "";
    if (table.hasMoney()) {
      String rate =
          "CASE WHEN v.currency = "
              + literal(reportingCurrency)
              + " THEN 1 ELSE coalesce(fx.rate, fx0.rate) END";
      for (ColumnSpec c : table.columns()) {
        if (c.type() == ColumnType.MONEY) {
          columns.add(c.name() + "_rc");
          values.add("CAST(v." + ident(c.name()) + " * " + rate + " AS DECIMAL(18, 4))");
        }
      }
      fxJoin =
          SqlResource.render(
              TableSql.class, "fx_join.sql", Map.of("money_date", MONEY_DATE.get(table.name())));
    }
    return Map.of(
        "columns", join(columns, c -> ident(c), ", "),
        "values", String.join(", ", values),
        "fx_join", fxJoin);
  }

  private static String join(List<String> items, Function<String, String> f, String separator) {
    return items.stream().map(f).collect(Collectors.joining(separator));
  }
}
