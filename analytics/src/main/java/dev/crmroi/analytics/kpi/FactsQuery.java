package dev.crmroi.analytics.kpi;

import dev.crmroi.core.kpi.Dimension;
import dev.crmroi.core.kpi.Period;
import dev.crmroi.store.SqlResource;
import dev.crmroi.store.Store;
import dev.crmroi.store.StoreException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/** Runs a KPI's facts SQL inside DuckDB: grouped by slice, or row by row for a drill-down. */
final class FactsQuery {
  private final Store store;
  private final double grossMargin;

  FactsQuery(Store store, double grossMargin) {
    this.store = store;
    this.grossMargin = grossMargin;
  }

  List<GroupedRow> grouped(KpiDefinition def, Period period, Dimension by) {
    String sql = render(def, by, "grouped.sql");
    try (PreparedStatement s = store.connection().prepareStatement(sql)) {
      bindPeriod(s, period);
      return groupedRows(s);
    } catch (SQLException e) {
      throw new StoreException("KPI " + def.id() + " failed in the store: " + e.getMessage(), e);
    }
  }

  /** The rows of a query shaped like grouped.sql. */
  static List<GroupedRow> groupedRows(PreparedStatement s) throws SQLException {
    List<GroupedRow> rows = new ArrayList<>();
    try (ResultSet r = s.executeQuery()) {
      while (r.next()) {
        rows.add(
            new GroupedRow(
                r.getString("slice"),
                r.getDouble("num"),
                r.getDouble("den"),
                r.getLong("n"),
                optional(r, "median"),
                r.getLong("n_obs"),
                optional(r, "share")));
      }
    }
    return rows;
  }

  List<DrillRecord> drill(KpiDefinition def, Period period, Dimension by, String slice, int limit) {
    String sql = render(def, by, "drill.sql");
    try (PreparedStatement s = store.connection().prepareStatement(sql)) {
      bindPeriod(s, period);
      s.setString(4, slice);
      s.setInt(5, limit);
      List<DrillRecord> rows = new ArrayList<>();
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          rows.add(
              new DrillRecord(
                  r.getString("record_table"),
                  r.getString("record_id"),
                  Optional.ofNullable(r.getString("at")),
                  r.getDouble("num"),
                  r.getDouble("den"),
                  optional(r, "obs")));
        }
      }
      return rows;
    } catch (SQLException e) {
      throw new StoreException(
          "drill of " + def.id() + " failed in the store: " + e.getMessage(), e);
    }
  }

  /** Whether {@code table} holds at least one row. */
  boolean hasRows(String table) {
    String sql = "SELECT EXISTS (SELECT 1 FROM " + SqlResource.ident(table) + ")";
    try (PreparedStatement s = store.connection().prepareStatement(sql);
        ResultSet r = s.executeQuery()) {
      r.next();
      return r.getBoolean(1);
    } catch (SQLException e) {
      throw new StoreException("cannot read table " + table + ": " + e.getMessage(), e);
    }
  }

  String sql(KpiDefinition def, Dimension by) {
    return render(def, by, "grouped.sql");
  }

  /** The facts SQL of {@code def} with the configured gross margin filled in. */
  String facts(KpiDefinition def) {
    return SqlResource.render(
        FactsQuery.class,
        "facts/" + def.id() + ".sql",
        Map.of("gross_margin", Double.toString(grossMargin)));
  }

  private String render(KpiDefinition def, Dimension by, String wrapper) {
    return SqlResource.render(
        FactsQuery.class, wrapper, Map.of("facts", facts(def), "slice", Slices.expression(by)));
  }

  private static void bindPeriod(PreparedStatement s, Period period) throws SQLException {
    s.setString(1, period.start().toString());
    s.setString(2, period.endExclusive().toString());
    s.setString(3, period.previous().start().toString());
  }

  private static OptionalDouble optional(ResultSet r, String column) throws SQLException {
    double v = r.getDouble(column);
    return r.wasNull() ? OptionalDouble.empty() : OptionalDouble.of(v);
  }
}
