package dev.crmroi.analytics.quality;

import static dev.crmroi.store.SqlResource.ident;
import static dev.crmroi.store.SqlResource.literal;

import dev.crmroi.core.schema.CanonicalSchema;
import dev.crmroi.core.schema.TableSpec;
import dev.crmroi.store.Store;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The data-quality audit of a store: completeness, validity, uniqueness (exact and fuzzy
 * duplicates), consistency and freshness per table and column, scored 0–100, with the last import's
 * rejects. The checks run as SQL inside DuckDB and leave one finding per problem record in a
 * temporary table, from which the report's issues are aggregated and {@link #export} writes the
 * full lists.
 */
public final class QualityAudit {
  /** Jaro-Winkler similarity at and above which two names count as the same. */
  public static final double NAME_SIMILARITY = 0.97;

  /** An opportunity still open this many days after it was created is stale. */
  public static final int STALE_OPEN_DAYS = 365;

  private final Store store;
  private final QualityWeights weights;
  private final Clock clock;
  private final Sql sql;
  private boolean ran;

  /** An audit of {@code store} scored with {@code weights}, dated by the system clock. */
  public QualityAudit(Store store, QualityWeights weights) {
    this(store, weights, Clock.systemUTC());
  }

  /** An audit whose "today" (for dates in the future) comes from {@code clock}. */
  public QualityAudit(Store store, QualityWeights weights, Clock clock) {
    this.store = store;
    this.weights = weights;
    this.clock = clock;
    this.sql = new Sql(store.connection());
  }

  /** Runs every check and returns the report. */
  public QualityReport run() {
    LocalDate today = LocalDate.now(clock);
    sql.run("macros.sql", Map.of());
    sql.run("findings_create.sql", Map.of());
    Map<String, Long> rows = rowCounts();
    Map<String, Freshness.Stats> fresh = new HashMap<>();
    for (String t : rows.keySet()) {
      Freshness.of(sql, t, today).ifPresent(s -> fresh.put(t, s));
    }
    Optional<LocalDate> asOf =
        fresh.values().stream().map(Freshness.Stats::lastDay).max(Comparator.naturalOrder());
    ColumnChecks columnChecks = new ColumnChecks(sql, today, reportingCurrency());
    Map<String, Integer> completenessChecks = new HashMap<>();
    DuplicateFinder duplicates = new DuplicateFinder(store.connection(), NAME_SIMILARITY);
    List<DuplicateGroup> groups = new ArrayList<>();
    for (String t : rows.keySet()) {
      TableSpec spec = CanonicalSchema.table(t).orElseThrow();
      completenessChecks.put(t, columnChecks.run(spec));
      groups.addAll(duplicates.run(spec));
    }
    sql.run(
        "rules.sql",
        Map.of(
            "today", "DATE '" + today + "'",
            "as_of", "DATE '" + asOf.orElse(today) + "'",
            "stale_days", Integer.toString(STALE_OPEN_DAYS)));
    sql.run("reject_findings.sql", Map.of());
    ran = true;
    List<RejectCount> rejects =
        sql.query(
            "last_rejects.sql",
            Map.of(),
            r ->
                new RejectCount(
                    r.getString("table_name"),
                    r.getString("column_name"),
                    r.getLong("n"),
                    Sql.strings(r, "examples")));
    TableScores scores =
        new TableScores(sql, weights, rows, completenessChecks, fresh, asOf, rejects);
    List<TableQuality> tables = scores.tables();
    double overall = Scoring.overall(tables.stream().map(TableQuality::score).toList());
    return new QualityReport(
        clock.instant(), asOf, overall, weights, tables, groups, scores.issues(), rejects);
  }

  /**
   * Only the duplicate search of {@code table} (exact, and fuzzy for accounts and contacts): what
   * {@link #run} does for that table's uniqueness, for callers that need just the groups.
   */
  public List<DuplicateGroup> duplicateGroups(String table) {
    TableSpec spec =
        CanonicalSchema.table(table)
            .orElseThrow(() -> new IllegalArgumentException("no canonical table " + table));
    sql.run("macros.sql", Map.of());
    sql.run("findings_create.sql", Map.of());
    ran = true;
    return new DuplicateFinder(store.connection(), NAME_SIMILARITY).run(spec);
  }

  /**
   * Writes the full list of findings of each kind as {@code <kind>.csv} (table, column, record_id)
   * into {@code dir}, after {@link #run}; returns the files written.
   */
  public List<Path> export(Path dir) {
    if (!ran) {
      throw new IllegalStateException("run the audit before exporting its findings");
    }
    try {
      Files.createDirectories(dir);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("cannot create export directory " + dir, e);
    }
    List<String> kinds = sql.query("finding_kinds.sql", Map.of(), r -> r.getString(1));
    List<Path> files = new ArrayList<>();
    for (String kind : kinds) {
      Path file = dir.resolve(kind + ".csv").toAbsolutePath();
      sql.run("export.sql", Map.of("kind", literal(kind), "file", literal(file.toString())));
      files.add(file);
    }
    return files;
  }

  private Map<String, Long> rowCounts() {
    Map<String, Long> rows = new LinkedHashMap<>();
    for (TableSpec t : CanonicalSchema.tables()) {
      long n =
          sql.query("row_count.sql", Map.of("table", ident(t.name())), r -> r.getLong(1)).get(0);
      if (n > 0) {
        rows.put(t.name(), n);
      }
    }
    return rows;
  }

  private String reportingCurrency() {
    List<String> c = sql.query("reporting_currency.sql", Map.of(), r -> r.getString(1));
    return c.isEmpty() ? "USD" : c.get(0);
  }
}
