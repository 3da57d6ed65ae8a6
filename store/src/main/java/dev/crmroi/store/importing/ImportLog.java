package dev.crmroi.store.importing;

import static dev.crmroi.store.SqlResource.literal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** The store's record of imports: when, with which profile, and what each file did. */
final class ImportLog {
  private final Connection connection;

  ImportLog(Connection connection) {
    this.connection = connection;
  }

  /** Amounts in the store are in one reporting currency; a second one would mix them. */
  void checkCurrency(String reportingCurrency) throws SQLException {
    try (Statement s = connection.createStatement();
        ResultSet r =
            s.executeQuery("SELECT value FROM store_meta WHERE key = 'reporting_currency'")) {
      if (r.next()) {
        String stored = r.getString(1);
        if (!stored.equals(reportingCurrency)) {
          throw new ImportFailure(
              "the store holds amounts converted to "
                  + stored
                  + " but this import asks for "
                  + reportingCurrency
                  + "; use a new --db or set reporting_currency: "
                  + stored);
        }
        return;
      }
    }
    try (Statement s = connection.createStatement()) {
      s.execute(
          "INSERT INTO store_meta VALUES ('reporting_currency', "
              + literal(reportingCurrency)
              + ")");
    }
  }

  long start(String profile, String reportingCurrency, String sources) throws SQLException {
    long id = Importer.queryLong(connection, "SELECT nextval('import_ids')");
    try (PreparedStatement p =
        connection.prepareStatement("INSERT INTO imports VALUES (?, now(), NULL, ?, ?, ?)")) {
      p.setLong(1, id);
      p.setString(2, profile);
      p.setString(3, reportingCurrency);
      p.setString(4, sources);
      p.execute();
    }
    return id;
  }

  void file(long importId, FileCounts c) throws SQLException {
    try (PreparedStatement p =
        connection.prepareStatement(
            "INSERT INTO import_files VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      p.setLong(1, importId);
      p.setString(2, c.file().table());
      p.setString(3, c.file().path().toAbsolutePath().toString());
      p.setLong(4, c.file().bytes());
      p.setLong(5, c.read());
      p.setLong(6, c.loaded());
      p.setLong(7, c.updated());
      p.setLong(8, c.unchanged());
      p.setLong(9, c.rejected());
      p.setString(10, String.join(", ", c.ignoredColumns()));
      p.execute();
    }
  }

  void finish(long importId) throws SQLException {
    try (Statement s = connection.createStatement()) {
      s.execute("UPDATE imports SET finished_at = now() WHERE import_id = " + importId);
    }
  }
}
