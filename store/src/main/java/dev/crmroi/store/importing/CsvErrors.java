package dev.crmroi.store.importing;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Reads what DuckDB's CSV reader rejected for structural reasons. A wrongly encoded file fails the
 * import as a whole (its text would otherwise load garbled); other broken rows become rejects.
 */
final class CsvErrors {
  private CsvErrors() {}

  /**
   * The number of broken lines; fails when the file is not UTF-8 or no line at all is usable.
   *
   * @param errors the table of DuckDB's CSV rejects for the file
   * @param parsed the table of the file's parsed rows
   */
  static long check(Connection connection, Path file, String errors, String parsed)
      throws SQLException {
    try (Statement s = connection.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT count(DISTINCT line),"
                    + " min(line) FILTER (WHERE error_type = 'INVALID ENCODING'),"
                    + " (SELECT count(*) FROM "
                    + parsed
                    + ") FROM "
                    + errors)) {
      r.next();
      long broken = r.getLong(1);
      long badEncodingLine = r.getLong(2);
      boolean badEncoding = !r.wasNull();
      long good = r.getLong(3);
      if (badEncoding) {
        throw new ImportFailure(
            file
                + ": is not UTF-8 encoded (first bad byte on line "
                + badEncodingLine
                + "); re-export it as UTF-8 CSV");
      }
      if (good == 0 && broken > 0) {
        throw new ImportFailure(
            file
                + ": is not a CSV file matching its header (none of its "
                + broken
                + " rows could be read)");
      }
      return broken;
    }
  }
}
