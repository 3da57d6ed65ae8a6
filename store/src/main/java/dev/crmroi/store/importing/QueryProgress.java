package dev.crmroi.store.importing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.duckdb.DuckDBPreparedStatement;

/** Runs one long statement while polling DuckDB for its progress, reported as bytes of the file. */
final class QueryProgress {
  private static final long POLL_MILLIS = 250;

  private final Connection connection;
  private final ImportListener listener;
  private final long bytesBefore;
  private final SourceFile file;

  QueryProgress(Connection connection, ImportListener listener, long bytesBefore, SourceFile file) {
    this.connection = connection;
    this.listener = listener;
    this.bytesBefore = bytesBefore;
    this.file = file;
  }

  void run(String sql) throws SQLException {
    ScheduledExecutorService poller =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "import-progress");
              t.setDaemon(true);
              return t;
            });
    String what = file.table() + " ← " + file.path().getFileName();
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      DuckDBPreparedStatement duck = statement.unwrap(DuckDBPreparedStatement.class);
      poller.scheduleAtFixedRate(
          () -> report(duck, what), POLL_MILLIS, POLL_MILLIS, TimeUnit.MILLISECONDS);
      statement.execute();
    } catch (SQLException e) {
      throw FileImport.failureOf(file.path(), e);
    } finally {
      poller.shutdownNow();
    }
    listener.progress(bytesBefore + file.bytes(), what);
  }

  private void report(DuckDBPreparedStatement statement, String what) {
    try {
      double percent = statement.getQueryProgress().getPercentage();
      if (percent >= 0) {
        listener.progress(bytesBefore + (long) (file.bytes() * Math.min(percent, 100) / 100), what);
      }
    } catch (SQLException | RuntimeException e) {
      // Progress is a nicety: a failed poll must never disturb the import itself.
    }
  }
}
