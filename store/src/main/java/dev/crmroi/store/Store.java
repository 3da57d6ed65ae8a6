package dev.crmroi.store;

import dev.crmroi.core.config.CrmRoiConfig.DuckDbSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The canonical store: an embedded DuckDB database (a file, or memory for tests) with the schema
 * migrated to the current version and explicit resource limits.
 */
public final class Store implements AutoCloseable {
  private final Connection connection;
  private final String description;

  private Store(Connection connection, String description) {
    this.connection = connection;
    this.description = description;
  }

  /** Opens (creating if needed) the database file at {@code file} and migrates it. */
  public static Store open(Path file, DuckDbSettings settings) {
    Path absolute = file.toAbsolutePath();
    try {
      Path parent = absolute.getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Connection c = DriverManager.getConnection("jdbc:duckdb:" + absolute);
      return prepare(c, absolute.toString(), settings, absolute + ".tmp");
    } catch (java.io.IOException | SQLException e) {
      throw new StoreException("cannot open the store " + absolute + ": " + e.getMessage(), e);
    }
  }

  /** Opens a fresh in-memory store, used by tests and one-off runs. */
  public static Store inMemory(DuckDbSettings settings) {
    try {
      return prepare(DriverManager.getConnection("jdbc:duckdb:"), ":memory:", settings, null);
    } catch (SQLException e) {
      throw new StoreException("cannot open an in-memory store: " + e.getMessage(), e);
    }
  }

  private static Store prepare(
      Connection c, String description, DuckDbSettings settings, String tempDir)
      throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("SET memory_limit = '" + settings.memoryLimit().replace("'", "") + "'");
      int threads =
          settings.threads() > 0 ? settings.threads() : Runtime.getRuntime().availableProcessors();
      s.execute("SET threads = " + threads);
      s.execute("SET TimeZone = 'UTC'");
      if (tempDir != null) {
        s.execute("SET temp_directory = '" + tempDir.replace("'", "''") + "'");
      }
    }
    new Migrations(c).migrate();
    return new Store(c, description);
  }

  /** The JDBC connection; callers run SQL from {@link SqlResource}s on it. */
  public Connection connection() {
    return connection;
  }

  /** The currency the store's converted amounts are in, once an import has set it. */
  public java.util.Optional<String> reportingCurrency() {
    try (Statement s = connection.createStatement();
        java.sql.ResultSet r =
            s.executeQuery("SELECT value FROM store_meta WHERE key = 'reporting_currency'")) {
      return r.next() ? java.util.Optional.of(r.getString(1)) : java.util.Optional.empty();
    } catch (SQLException e) {
      throw new StoreException("cannot read the store's settings: " + e.getMessage(), e);
    }
  }

  /**
   * Writes everything committed so far into the database file (DuckDB would do it on close); lets a
   * command finish its disk work, and time it, before it reports.
   */
  public void checkpoint() {
    try (Statement s = connection.createStatement()) {
      s.execute("CHECKPOINT");
    } catch (SQLException e) {
      throw new StoreException("cannot write the store " + description + ": " + e.getMessage(), e);
    }
  }

  /** The file behind the store, or {@code :memory:}. */
  public String description() {
    return description;
  }

  @Override
  public void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      throw new StoreException("cannot close the store " + description, e);
    }
  }
}
