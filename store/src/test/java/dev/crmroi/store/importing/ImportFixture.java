package dev.crmroi.store.importing;

import dev.crmroi.core.config.CrmRoiConfig.DuckDbSettings;
import dev.crmroi.store.Store;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** A real in-memory store and a directory of small CSV files for import tests. */
final class ImportFixture implements AutoCloseable {
  final Store store = Store.inMemory(new DuckDbSettings("512MB", 2));
  final Path dir;

  ImportFixture(Path dir) {
    this.dir = dir;
  }

  Path write(String name, String... lines) {
    return writeBytes(name, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
  }

  Path writeBytes(String name, byte[] bytes) {
    try {
      return Files.write(dir.resolve(name), bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  ImportReport importDir() {
    return importSources(List.of(dir.toString()));
  }

  /** Imports the directory numbering records with the single-threaded window function. */
  ImportReport importDirNumberingByWindow() {
    Profile p = new ProfileLoader().load("canonical");
    return new Importer(store, true).run(List.of(dir.toString()), p, "USD", ImportListener.SILENT);
  }

  ImportReport importSources(List<String> sources) {
    return importWith("canonical", sources);
  }

  /** Imports {@code sources} with a built-in profile or a profile file. */
  ImportReport importWith(String profile, List<String> sources) {
    Profile p = new ProfileLoader().load(profile);
    return new Importer(store).run(sources, p, "USD", ImportListener.SILENT);
  }

  List<List<String>> rows(String sql) {
    try (Statement s = store.connection().createStatement();
        ResultSet r = s.executeQuery(sql)) {
      List<List<String>> out = new ArrayList<>();
      int n = r.getMetaData().getColumnCount();
      while (r.next()) {
        List<String> row = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
          row.add(r.getString(i));
        }
        out.add(row);
      }
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  long count(String table) {
    return Long.parseLong(rows("SELECT count(*) FROM " + table).get(0).get(0));
  }

  @Override
  public void close() {
    store.close();
  }
}
