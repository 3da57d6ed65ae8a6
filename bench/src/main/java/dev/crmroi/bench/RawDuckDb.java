package dev.crmroi.bench;

import dev.crmroi.analytics.kpi.KpiDefinition;
import dev.crmroi.analytics.kpi.KpiEngine;
import dev.crmroi.analytics.kpi.KpiRegistry;
import dev.crmroi.core.config.CrmRoiConfig.DuckDbSettings;
import dev.crmroi.core.kpi.Dimension;
import dev.crmroi.core.kpi.Period;
import dev.crmroi.store.Store;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;

/**
 * The floor crm-roi builds on: DuckDB itself, driven by hand — loading the CSV files into typed
 * tables with no checks, and running the KPI engine's own SQL directly.
 */
final class RawDuckDb {
  private RawDuckDb() {}

  /** Every CSV of {@code data} into a typed table of a fresh database, in one transaction. */
  static void load(Path data, Path db) throws Exception {
    Files.deleteIfExists(db);
    Files.deleteIfExists(Path.of(db + ".wal"));
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db.toAbsolutePath());
        Statement s = c.createStatement();
        Stream<Path> files = Files.list(data)) {
      s.execute("SET memory_limit = '1GB'");
      c.setAutoCommit(false);
      for (Path f : files.filter(p -> p.toString().endsWith(".csv")).sorted().toList()) {
        String table = f.getFileName().toString().replace(".csv", "");
        s.execute(
            "CREATE TABLE \""
                + table
                + "\" AS SELECT * FROM read_csv('"
                + f.toAbsolutePath()
                + "', header = true, quote = '\"', escape = '\"')");
      }
      c.commit();
    }
  }

  /** Runs the SQL of every implemented KPI for {@code year} by region on the store {@code db}. */
  static void kpis(Path db, Period year) throws Exception {
    List<String> sql;
    try (Store store = Store.open(db, new DuckDbSettings("1GB", 0))) {
      KpiEngine engine = new KpiEngine(store, KpiRegistry.standard(), 0.35);
      sql =
          KpiRegistry.standard().all().stream()
              .filter(KpiDefinition::implemented)
              .map(d -> engine.sql(d.id(), Dimension.REGION))
              .toList();
    }
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db.toAbsolutePath());
        Statement s = c.createStatement()) {
      s.execute("SET memory_limit = '1GB'");
      for (String q : sql) {
        try (PreparedStatement p = c.prepareStatement(q)) {
          p.setString(1, year.start().toString());
          p.setString(2, year.endExclusive().toString());
          p.setString(3, year.previous().start().toString());
          try (ResultSet r = p.executeQuery()) {
            while (r.next()) {
              r.getDouble("num");
            }
          }
        }
      }
    }
  }
}
