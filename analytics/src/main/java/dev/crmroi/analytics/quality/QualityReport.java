package dev.crmroi.analytics.quality;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The result of one quality audit: the overall score, each table's scores, the duplicate groups,
 * and every issue, most damaging first.
 *
 * @param auditedAt when the audit ran
 * @param asOf the store's newest record day (up to the audit day); freshness is measured from it
 * @param score overall score 0–100: the mean of the table scores
 * @param weights the dimension weights used
 * @param tables the tables that hold rows, in canonical order
 * @param duplicateGroups duplicate groups, by table then first id
 * @param issues the problems, the ones that cost the most score first
 * @param rejects the last import's rejected rows per table and column
 */
public record QualityReport(
    Instant auditedAt,
    Optional<LocalDate> asOf,
    double score,
    QualityWeights weights,
    List<TableQuality> tables,
    List<DuplicateGroup> duplicateGroups,
    List<Issue> issues,
    List<RejectCount> rejects) {

  public QualityReport {
    tables = List.copyOf(tables);
    duplicateGroups = List.copyOf(duplicateGroups);
    issues = List.copyOf(issues);
    rejects = List.copyOf(rejects);
  }

  /** The audit of {@code table}, if it holds rows. */
  public Optional<TableQuality> table(String table) {
    return tables.stream().filter(t -> t.table().equals(table)).findFirst();
  }
}
