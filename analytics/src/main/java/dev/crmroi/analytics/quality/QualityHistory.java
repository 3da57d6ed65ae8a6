package dev.crmroi.analytics.quality;

import dev.crmroi.store.SqlResource;
import dev.crmroi.store.Store;
import dev.crmroi.store.StoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/** Stores every audit's scores with a timestamp, so quality can be shown as a trend. */
public final class QualityHistory {
  private final Connection connection;
  private final Sql sql;

  public QualityHistory(Store store) {
    this.connection = store.connection();
    this.sql = new Sql(connection);
  }

  /** Records {@code report} and its table scores; returns the run's number. */
  public long record(QualityReport report) {
    long id = sql.query("history_next_id.sql", Map.of(), r -> r.getLong(1)).get(0);
    try (PreparedStatement run = prepare("history_run.sql");
        PreparedStatement table = prepare("history_table.sql")) {
      run.setLong(1, id);
      run.setTimestamp(2, Timestamp.from(report.auditedAt()));
      run.setObject(3, report.asOf().map(java.sql.Date::valueOf).orElse(null));
      run.setDouble(4, report.score());
      run.setLong(5, report.issues().size());
      run.setLong(6, report.duplicateGroups().size());
      run.executeUpdate();
      for (TableQuality t : report.tables()) {
        table.setLong(1, id);
        table.setString(2, t.table());
        table.setLong(3, t.rows());
        table.setDouble(4, t.completeness());
        table.setDouble(5, t.validity());
        table.setDouble(6, t.uniqueness());
        table.setDouble(7, t.consistency());
        table.setObject(8, t.freshness().isPresent() ? t.freshness().getAsDouble() : null);
        table.setDouble(9, t.score());
        table.addBatch();
      }
      table.executeBatch();
    } catch (SQLException e) {
      throw new StoreException("cannot record the quality audit: " + e.getMessage(), e);
    }
    return id;
  }

  /** Every recorded audit, oldest first. */
  public List<QualityRun> runs() {
    return sql.query(
        "history_list.sql",
        Map.of(),
        r -> {
          long importId = r.getLong("import_id");
          OptionalLong imported = r.wasNull() ? OptionalLong.empty() : OptionalLong.of(importId);
          java.sql.Date asOf = r.getDate("as_of");
          return new QualityRun(
              r.getLong("run_id"),
              r.getTimestamp("audited_at").toInstant(),
              imported,
              Optional.ofNullable(asOf).map(java.sql.Date::toLocalDate),
              r.getDouble("score"),
              r.getLong("issues"),
              r.getLong("duplicate_groups"));
        });
  }

  private PreparedStatement prepare(String resource) throws SQLException {
    return connection.prepareStatement(SqlResource.text(QualityHistory.class, resource));
  }
}
