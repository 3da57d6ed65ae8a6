package dev.crmroi.core.causal;

import java.util.List;

/**
 * Interrupted time series over all treated units.
 *
 * @param units per-unit results, in panel order
 * @param effectPerMonth pooled total / observed post unit-months, with its interval
 * @param total summed effect over every treated unit's observed post months, with its interval
 * @param incremental summed effect per calendar month from the first go-live on
 * @param derived intervals of the caller's derived quantities (ROI, NPV, …)
 * @param bootstrap replicates and seed used
 */
public record ItsResult(
    List<UnitItsEffect> units,
    Interval effectPerMonth,
    Interval total,
    IncrementalSeries incremental,
    List<DerivedInterval> derived,
    BootstrapSettings bootstrap) {

  /** Copies the lists. */
  public ItsResult {
    units = List.copyOf(units);
    derived = List.copyOf(derived);
  }
}
