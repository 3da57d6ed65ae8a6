package dev.crmroi.analytics.quality;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/** Turns the findings of an audit into per-table scores and a ranked list of issues. */
final class TableScores {
  private final QualityWeights weights;
  private final Map<String, Long> rows;
  private final Map<String, Integer> completenessChecks;
  private final Map<String, Freshness.Stats> fresh;
  private final Optional<LocalDate> asOf;
  private final Map<String, Long> rejected = new HashMap<>();
  private final Map<String, Long> findings = new HashMap<>();
  private final Map<String, Long> records = new HashMap<>();
  private final List<Issue> issues;

  TableScores(
      Sql sql,
      QualityWeights weights,
      Map<String, Long> rows,
      Map<String, Integer> completenessChecks,
      Map<String, Freshness.Stats> fresh,
      Optional<LocalDate> asOf,
      List<RejectCount> rejects) {
    this.weights = weights;
    this.rows = rows;
    this.completenessChecks = completenessChecks;
    this.fresh = fresh;
    this.asOf = asOf;
    rejects.forEach(r -> rejected.merge(r.table(), r.count(), Long::sum));
    sql.query(
        "dimension_counts.sql",
        Map.of(),
        r -> {
          String key = r.getString("table_name") + "/" + r.getString("dimension");
          findings.put(key, r.getLong("findings"));
          records.put(key, r.getLong("records"));
          return key;
        });
    this.issues = rank(sql.query("issues.sql", Map.of(), this::issue));
  }

  /** The audit of every table that holds rows, in canonical order. */
  List<TableQuality> tables() {
    List<TableQuality> out = new ArrayList<>();
    rows.forEach((table, n) -> out.add(table(table, n)));
    return out;
  }

  /** The issues, the ones that cost the most score first. */
  List<Issue> issues() {
    return issues;
  }

  private TableQuality table(String table, long n) {
    long rejects = rejected.getOrDefault(table, 0L);
    Map<QualityDimension, Double> s = Scoring.scores();
    long cells = n * completenessChecks.getOrDefault(table, 0);
    s.put(QualityDimension.COMPLETENESS, Scoring.share(findings(table, "completeness"), cells));
    s.put(QualityDimension.VALIDITY, Scoring.share(records(table, "validity"), n + rejects));
    s.put(QualityDimension.UNIQUENESS, Scoring.share(findings(table, "uniqueness"), n));
    s.put(QualityDimension.CONSISTENCY, Scoring.share(records(table, "consistency"), n));
    Freshness.Stats f = fresh.get(table);
    OptionalLong lag = OptionalLong.empty();
    if (f != null && asOf.isPresent()) {
      lag = OptionalLong.of(ChronoUnit.DAYS.between(f.lastDay(), asOf.get()));
      s.put(
          QualityDimension.FRESHNESS,
          Scoring.freshness(lag.getAsLong(), f.gapMonths(), f.spanMonths()));
    }
    Double freshness = s.get(QualityDimension.FRESHNESS);
    return new TableQuality(
        table,
        n,
        s.get(QualityDimension.COMPLETENESS),
        s.get(QualityDimension.VALIDITY),
        s.get(QualityDimension.UNIQUENESS),
        s.get(QualityDimension.CONSISTENCY),
        freshness == null ? OptionalDouble.empty() : OptionalDouble.of(freshness),
        count(table, "duplicate_id") + count(table, "exact_duplicate"),
        count(table, "fuzzy_duplicate"),
        count(table, "orphan_reference"),
        lag,
        f == null ? 0 : f.gapMonths(),
        rejects,
        Scoring.weighted(s, weights));
  }

  private Issue issue(java.sql.ResultSet r) throws java.sql.SQLException {
    String table = r.getString("table_name");
    QualityDimension d = QualityDimension.of(r.getString("dimension"));
    long n = r.getLong("n");
    long base = rows.getOrDefault(table, 0L) + rejected.getOrDefault(table, 0L);
    return new Issue(
        table,
        r.getString("column_name"),
        r.getString("kind"),
        d,
        n,
        base == 0 ? 1 : Math.min(1.0, n / (double) base),
        Sql.strings(r, "examples"));
  }

  /** Most damaging first: dimension weight × share of the table, then count. */
  private List<Issue> rank(List<Issue> all) {
    List<Issue> sorted = new ArrayList<>(all);
    sorted.sort(
        Comparator.comparingDouble((Issue i) -> -weights.of(i.dimension()) * i.share())
            .thenComparing(i -> -i.count())
            .thenComparing(Issue::table)
            .thenComparing(Issue::column)
            .thenComparing(Issue::kind));
    return List.copyOf(sorted);
  }

  private long count(String table, String kind) {
    return issues.stream()
        .filter(i -> i.table().equals(table) && i.kind().equals(kind))
        .mapToLong(Issue::count)
        .sum();
  }

  private long findings(String table, String dimension) {
    return findings.getOrDefault(table + "/" + dimension, 0L);
  }

  private long records(String table, String dimension) {
    return records.getOrDefault(table + "/" + dimension, 0L);
  }
}
