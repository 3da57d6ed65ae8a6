package dev.crmroi.store.importing;

import dev.crmroi.store.Store;
import dev.crmroi.store.StoreException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/** Reads back the rows an import rejected, with their reasons. */
public final class Rejects {
  private final Store store;

  public Rejects(Store store) {
    this.store = store;
  }

  /**
   * One rejected row (or one problem of it: a row with two bad values has two entries).
   *
   * @param importId the import
   * @param table the canonical table
   * @param file the file
   * @param line the line in the file (the header is line 1)
   * @param recordKey the row's key as the file gives it, if it had one
   * @param column the column at fault, if one
   * @param value the offending value (at most 200 characters)
   * @param reason why the row was rejected
   */
  public record Reject(
      long importId,
      String table,
      String file,
      long line,
      String recordKey,
      String column,
      String value,
      String reason) {}

  /** The newest import's number, if there was any import. */
  public OptionalLong lastImport() {
    try (PreparedStatement p =
            store.connection().prepareStatement("SELECT max(import_id) FROM imports");
        ResultSet r = p.executeQuery()) {
      r.next();
      long id = r.getLong(1);
      return r.wasNull() ? OptionalLong.empty() : OptionalLong.of(id);
    } catch (SQLException e) {
      throw new StoreException("cannot read the import log: " + e.getMessage(), e);
    }
  }

  /** Up to {@code limit} rejects of import {@code importId}, in file and line order. */
  public List<Reject> of(long importId, int limit) {
    String sql =
        "SELECT import_id, table_name, file, line, record_key, column_name, value, reason"
            + " FROM import_rejects WHERE import_id = ? ORDER BY file, line, column_name LIMIT ?";
    try (PreparedStatement p = store.connection().prepareStatement(sql)) {
      p.setLong(1, importId);
      p.setInt(2, limit);
      try (ResultSet r = p.executeQuery()) {
        List<Reject> out = new ArrayList<>();
        while (r.next()) {
          out.add(
              new Reject(
                  r.getLong(1),
                  r.getString(2),
                  r.getString(3),
                  r.getLong(4),
                  r.getString(5),
                  r.getString(6),
                  r.getString(7),
                  r.getString(8)));
        }
        return out;
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read rejects: " + e.getMessage(), e);
    }
  }

  /** How many rejects import {@code importId} recorded. */
  public long count(long importId) {
    try (PreparedStatement p =
        store
            .connection()
            .prepareStatement("SELECT count(*) FROM import_rejects WHERE import_id = ?")) {
      p.setLong(1, importId);
      try (ResultSet r = p.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read rejects: " + e.getMessage(), e);
    }
  }
}
