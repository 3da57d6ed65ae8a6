package dev.crmroi.store.importing;

import static dev.crmroi.store.SqlResource.ident;

import dev.crmroi.core.schema.CanonicalSchema;
import dev.crmroi.core.schema.ColumnSpec;
import dev.crmroi.core.schema.TableSpec;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
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
      List<ColumnSpec> refs = table.columns().stream().filter(ColumnSpec::isReference).toList();
      if (refs.isEmpty()) {
        continue;
      }
      long[] counts = dangling(table, refs);
      for (int i = 0; i < refs.size(); i++) {
        if (counts[i] > 0) {
          out.put(name + "." + refs.get(i).name(), counts[i]);
        }
      }
    }
    return out;
  }

  private long[] dangling(TableSpec table, List<ColumnSpec> refs) throws SQLException {
    List<String> counts = new ArrayList<>();
    List<String> joins = new ArrayList<>();
    for (int i = 0; i < refs.size(); i++) {
      ColumnSpec c = refs.get(i);
      TableSpec target = CanonicalSchema.table(c.references().orElseThrow()).orElseThrow();
      String key = ident(target.key().get(0));
      String alias = "r" + i;
      joins.add(
          "LEFT JOIN (SELECT "
              + key
              + " AS k FROM "
              + ident(target.name())
              + ") "
              + alias
              + " ON x."
              + ident(c.name())
              + " = "
              + alias
              + ".k");
      counts.add(
          "count(*) FILTER (WHERE x."
              + ident(c.name())
              + " IS NOT NULL AND "
              + alias
              + ".k IS NULL)");
    }
    String sql =
        Importer.sql(
            "orphans.sql",
            Map.of(
                "counts", String.join(",\n  ", counts),
                "table", ident(table.name()),
                "joins", String.join("\n", joins)));
    try (Statement s = connection.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      r.next();
      long[] out = new long[refs.size()];
      for (int i = 0; i < out.length; i++) {
        out[i] = r.getLong(i + 1);
      }
      return out;
    }
  }
}
