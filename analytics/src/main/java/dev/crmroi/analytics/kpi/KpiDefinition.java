package dev.crmroi.analytics.kpi;

import dev.crmroi.core.kpi.Dimension;
import dev.crmroi.core.kpi.KpiUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One KPI of the catalogue (design: metrics.md): what it is called, its formula in the words of the
 * catalogue, its unit, the tables it needs and how its facts aggregate. The SQL of its facts lives
 * in {@code facts/<id>.sql} beside this class.
 *
 * @param id the catalogue id, e.g. {@code win_rate}
 * @param name a short human name
 * @param formula the definition, worded exactly as in metrics.md
 * @param unit the unit of the value
 * @param tables the tables that must hold rows; an entry {@code a|b} means "a or b"
 * @param dimensions the dimensions it can be sliced by (besides none)
 * @param aggregation how facts become the value
 * @param scale the factor applied to a ratio (100 for NPS)
 * @param emptyReason what is missing when the denominator is 0, e.g. {@code no closed
 *     opportunities}
 * @param extras names of secondary statistics: {@code median} (of observations) or a share name
 *     (the mean of the per-record flag)
 * @param notYet why it is not computed yet, when it is not
 */
public record KpiDefinition(
    String id,
    String name,
    String formula,
    KpiUnit unit,
    List<String> tables,
    Set<Dimension> dimensions,
    Aggregation aggregation,
    double scale,
    String emptyReason,
    List<String> extras,
    Optional<String> notYet) {

  public KpiDefinition {
    tables = List.copyOf(tables);
    dimensions = Set.copyOf(dimensions);
    extras = List.copyOf(extras);
    if ((aggregation == Aggregation.NOT_YET) != notYet.isPresent()) {
      throw new IllegalArgumentException("KPI " + id + ": a reason is needed exactly when not yet");
    }
  }

  /** Whether the engine computes it today. */
  public boolean implemented() {
    return notYet.isEmpty();
  }

  /** Whether it can be sliced by {@code d}. */
  public boolean slicesBy(Dimension d) {
    return d == Dimension.NONE || dimensions.contains(d);
  }
}
