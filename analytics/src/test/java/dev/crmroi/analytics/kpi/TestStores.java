package dev.crmroi.analytics.kpi;

import dev.crmroi.core.config.CrmRoiConfig.DuckDbSettings;
import dev.crmroi.store.SqlResource;
import dev.crmroi.store.Store;
import java.sql.SQLException;
import java.sql.Statement;

/** Real in-memory stores for KPI tests. */
final class TestStores {
  private TestStores() {}

  static Store empty() {
    return Store.inMemory(new DuckDbSettings("512MB", 2));
  }

  /** A store loaded with the statements of the test resource {@code name}. */
  static Store withSql(String name) {
    Store store = empty();
    execute(store, SqlResource.text(TestStores.class, name));
    return store;
  }

  static void execute(Store store, String sql) {
    try (Statement s = store.connection().createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }
}
