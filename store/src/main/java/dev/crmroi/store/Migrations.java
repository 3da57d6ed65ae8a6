package dev.crmroi.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Numbered, forward-only schema migrations ({@code migration/V###__name.sql}), applied in order at
 * open, each in its own transaction, and recorded in {@code schema_version}.
 */
final class Migrations {
  /** Every migration in order; a new schema change appends a file here, never edits one. */
  static final List<String> FILES =
      List.of(
          "V001__canonical_tables.sql",
          "V002__import_log.sql",
          "V003__cost_charges.sql",
          "V004__quality_audit.sql",
          "V005__cost_charges_end_on.sql");

  private final Connection connection;

  Migrations(Connection connection) {
    this.connection = connection;
  }

  void migrate() throws SQLException {
    try (Statement s = connection.createStatement()) {
      s.execute(
          "CREATE TABLE IF NOT EXISTS schema_version"
              + " (version INTEGER NOT NULL, name VARCHAR NOT NULL, applied_at TIMESTAMP NOT NULL)");
    }
    int current = currentVersion();
    if (current > FILES.size()) {
      throw new StoreException(
          "the store has schema version "
              + current
              + " but this crm-roi knows only up to "
              + FILES.size()
              + "; use a newer crm-roi");
    }
    for (int v = current + 1; v <= FILES.size(); v++) {
      apply(v, FILES.get(v - 1));
    }
  }

  int currentVersion() throws SQLException {
    try (Statement s = connection.createStatement();
        ResultSet r = s.executeQuery("SELECT coalesce(max(version), 0) FROM schema_version")) {
      r.next();
      return r.getInt(1);
    }
  }

  private void apply(int version, String file) throws SQLException {
    String sql = SqlResource.text(Migrations.class, "migration/" + file);
    boolean auto = connection.getAutoCommit();
    connection.setAutoCommit(false);
    try (Statement s = connection.createStatement()) {
      s.execute(sql);
      s.execute(
          "INSERT INTO schema_version VALUES ("
              + version
              + ", "
              + SqlResource.literal(file)
              + ", now())");
      connection.commit();
    } catch (SQLException e) {
      connection.rollback();
      throw new StoreException("migration " + file + " failed: " + e.getMessage(), e);
    } finally {
      connection.setAutoCommit(auto);
    }
  }
}
