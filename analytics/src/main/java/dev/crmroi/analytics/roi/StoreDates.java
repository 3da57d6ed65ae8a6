package dev.crmroi.analytics.roi;

import dev.crmroi.store.Store;
import dev.crmroi.store.StoreException;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Optional;

/** Reads one date from the store. */
final class StoreDates {
  private StoreDates() {}

  static Optional<LocalDate> first(Store store, String sql) {
    try (Statement s = store.connection().createStatement();
        ResultSet r = s.executeQuery(sql)) {
      r.next();
      Date d = r.getDate(1);
      return d == null ? Optional.empty() : Optional.of(d.toLocalDate());
    } catch (SQLException e) {
      throw new StoreException("cannot read dates from the store: " + e.getMessage(), e);
    }
  }
}
