package dev.crmroi.core.causal;

/** The causal estimators that can give the headline effect. */
public enum EstimatorKind {
  /** Callaway &amp; Sant'Anna staggered difference-in-differences, {@link CallawaySantAnna}. */
  STAGGERED_DID,
  /** Per-unit interrupted time series, {@link InterruptedTimeSeries}. */
  INTERRUPTED_TIME_SERIES
}
