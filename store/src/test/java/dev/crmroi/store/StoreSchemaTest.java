package dev.crmroi.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmroi.core.config.CrmRoiConfig.DuckDbSettings;
import dev.crmroi.core.schema.CanonicalSchema;
import dev.crmroi.core.schema.ColumnType;
import dev.crmroi.core.schema.TableSpec;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreSchemaTest {
  private static final DuckDbSettings SMALL = new DuckDbSettings("256MB", 1);

  @Test
  void migratedTables_matchTheCanonicalSchema() throws SQLException {
    try (Store store = Store.inMemory(SMALL)) {
      for (TableSpec table : CanonicalSchema.tables()) {
        List<String> expected = new ArrayList<>(table.columnNames());
        table.columns().stream()
            .filter(c -> c.type() == ColumnType.MONEY)
            .forEach(c -> expected.add(c.name() + "_rc"));

        assertThat(columns(store, table.name())).as(table.name()).isEqualTo(expected);
      }
    }
  }

  @Test
  void reopeningAFile_keepsDataAndSchemaVersion(@TempDir Path dir) throws SQLException {
    Path file = dir.resolve("s.duckdb");
    try (Store store = Store.open(file, SMALL)) {
      store
          .connection()
          .createStatement()
          .execute("INSERT INTO accounts (account_id) VALUES ('A')");
    }
    try (Store store = Store.open(file, SMALL);
        ResultSet r =
            store
                .connection()
                .createStatement()
                .executeQuery(
                    "SELECT (SELECT count(*) FROM accounts), (SELECT max(version) FROM schema_version)")) {
      r.next();
      assertThat(r.getLong(1)).isEqualTo(1);
      assertThat(r.getInt(2)).isEqualTo(Migrations.FILES.size());
    }
  }

  @Test
  void resourceLimits_areSetExplicitly() throws SQLException {
    try (Store store = Store.inMemory(new DuckDbSettings("300MB", 1));
        ResultSet r =
            store
                .connection()
                .createStatement()
                .executeQuery(
                    "SELECT current_setting('threads'), current_setting('memory_limit')")) {
      r.next();
      assertThat(r.getLong(1)).isEqualTo(1);
      assertThat(r.getString(2)).isIn("286.1 MiB", "300.0 MB", "286 MiB");
    }
  }

  private static List<String> columns(Store store, String table) throws SQLException {
    try (PreparedStatement p =
        store
            .connection()
            .prepareStatement(
                "SELECT column_name FROM information_schema.columns WHERE table_name = ?"
                    + " ORDER BY ordinal_position")) {
      p.setString(1, table);
      try (ResultSet r = p.executeQuery()) {
        List<String> out = new ArrayList<>();
        while (r.next()) {
          out.add(r.getString(1));
        }
        return out;
      }
    }
  }
}
