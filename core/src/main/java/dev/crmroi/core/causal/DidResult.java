package dev.crmroi.core.causal;

import java.util.List;

/**
 * Staggered difference-in-differences (Callaway &amp; Sant'Anna 2021) with cluster-bootstrap
 * intervals.
 *
 * @param cells every estimable ATT(g, t), pre and post
 * @param overallAtt "simple" aggregation: average effect per treated unit-month after go-live
 * @param groupAtt "group" aggregation: per-cohort average over its post months, averaged by cohort
 *     size (the paper's preferred overall summary)
 * @param eventStudy effects by months since go-live
 * @param total incremental outcome summed over the covered treated unit-months
 * @param incremental incremental outcome per calendar month from the first go-live
 * @param preTrend placebo test of parallel pre-trends
 * @param coveredTreatedUnitMonths treated unit-months after go-live that had comparison units
 * @param uncoveredTreatedUnitMonths treated unit-months after go-live left out for lack of any
 *     not-yet-treated unit (after the last cohort's go-live when no unit is never treated)
 * @param derived intervals of the caller's derived quantities
 * @param discardedReplicates replicates redrawn because no post cell was estimable in them
 * @param bootstrap replicates and seed
 */
public record DidResult(
    List<GroupTimeEffect> cells,
    Interval overallAtt,
    Interval groupAtt,
    List<EventTimeEffect> eventStudy,
    Interval total,
    IncrementalSeries incremental,
    PreTrendTest preTrend,
    int coveredTreatedUnitMonths,
    int uncoveredTreatedUnitMonths,
    List<DerivedInterval> derived,
    int discardedReplicates,
    BootstrapSettings bootstrap) {

  /** Copies the lists. */
  public DidResult {
    cells = List.copyOf(cells);
    eventStudy = List.copyOf(eventStudy);
    derived = List.copyOf(derived);
  }
}
