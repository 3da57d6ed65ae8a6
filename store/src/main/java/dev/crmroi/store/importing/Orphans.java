package dev.crmroi.store.importing;

import static dev.crmroi.store.SqlResource.ident;

import dev.crmroi.core.schema.CanonicalSchema;
import dev.crmroi.core.schema.ColumnSpec;
import dev.crmroi.core.schema.TableSpec;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts references to rows that are not in the store (an opportunity whose account is unknown).
 * Such rows are kept, as the data model says, and the quality audit lists them; import only tells.
 */
final class Orphans {
  private final Connection connection;

  Orphans(Connection connection) {
    this.connection = connection;
  }

  /** Per {@code table.column} of the imported tables, the number of dangling references. */
  Map<String, Long> count(List<FileCounts> imported) throws SQLException {
    Map<String, Long> out = new LinkedHashMap<>();
    List<String> tables = imported.stream().map(f -> f.file().table()).distinct().toList();
    for (String name : tables) {
      TableSpec table = CanonicalSchema.table(name).orElseThrow();
      for (ColumnSpec c : table.columns()) {
        if (c.isReference()) {
          long n = dangling(table, c);
          if (n > 0) {
            out.put(name + "." + c.name(), n);
          }
        }
      }
    }
    return out;
  }

  private long dangling(TableSpec table, ColumnSpec column) throws SQLException {
    TableSpec target = CanonicalSchema.table(column.references().orElseThrow()).orElseThrow();
    return Importer.queryLong(
        connection,
        Importer.sql(
            "orphans.sql",
            Map.of(
                "table", ident(table.name()),
                "column", ident(column.name()),
                "target", ident(target.name()),
                "target_key", ident(target.key().get(0)))));
  }
}
