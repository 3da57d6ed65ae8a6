package dev.crmroi.analytics.kpi;

import dev.crmroi.core.kpi.Dimension;
import dev.crmroi.core.kpi.Period;
import dev.crmroi.store.SqlResource;
import dev.crmroi.store.Store;
import dev.crmroi.store.StoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Answers a rolled-up KPI for a period of whole months from {@code kpi_rollups}, when the rollups
 * exist, cover the period, were built with the engine's gross margin and the store has not changed
 * since (same fingerprint); otherwise says nothing and the engine reads the rows.
 */
final class RollupQuery {
  private final Store store;
  private final double grossMargin;

  RollupQuery(Store store, double grossMargin) {
    this.store = store;
    this.grossMargin = grossMargin;
  }

  /** Whether {@code def} in {@code period} can be read from the rollups now. */
  boolean answers(KpiDefinition def, Period period) {
    if (!Rollups.KPIS.contains(def.id()) || !wholeMonths(period)) {
      return false;
    }
    try {
      return fresh(period);
    } catch (SQLException e) {
      throw new StoreException("cannot read the KPI rollups' state: " + e.getMessage(), e);
    }
  }

  /** The grouped rows of {@code def}, or empty when the rollups cannot answer. */
  Optional<List<GroupedRow>> grouped(KpiDefinition def, Period period, Dimension by) {
    if (!answers(def, period)) {
      return Optional.empty();
    }
    String sql = SqlResource.text(RollupQuery.class, "rollup/read.sql");
    try (PreparedStatement s = store.connection().prepareStatement(sql)) {
      s.setString(1, period.start().toString());
      s.setString(2, def.id());
      s.setString(3, by.key());
      s.setString(4, period.start().toString());
      s.setString(5, period.endExclusive().toString());
      return Optional.of(FactsQuery.groupedRows(s));
    } catch (SQLException e) {
      throw new StoreException("rollup of " + def.id() + " failed: " + e.getMessage(), e);
    }
  }

  /** The store's fingerprint now (rollup/fingerprint.sql). */
  static String fingerprint(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(SqlResource.text(RollupQuery.class, "rollup/fingerprint.sql"))) {
      r.next();
      return r.getString(1);
    }
  }

  private static boolean wholeMonths(Period p) {
    return p.start().getDayOfMonth() == 1 && p.endExclusive().getDayOfMonth() == 1;
  }

  private boolean fresh(Period period) throws SQLException {
    Connection c = store.connection();
    if (!hasState(c)) {
      return false;
    }
    try (Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT CAST(first_month AS VARCHAR), CAST(last_month AS VARCHAR), gross_margin,"
                    + " fingerprint FROM kpi_rollup_state")) {
      if (!r.next() || r.getString(1) == null || r.getDouble(3) != grossMargin) {
        return false;
      }
      LocalDate first = LocalDate.parse(r.getString(1));
      LocalDate afterLast = LocalDate.parse(r.getString(2)).plusMonths(1);
      String built = r.getString(4);
      return !period.start().isBefore(first)
          && !period.endExclusive().isAfter(afterLast)
          && built.equals(fingerprint(c));
    }
  }

  private static boolean hasState(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT count(*) FROM duckdb_tables() WHERE table_name = 'kpi_rollup_state'")) {
      r.next();
      return r.getLong(1) > 0;
    }
  }
}
