package dev.crmroi.analytics.kpi;

/** How a KPI's per-record facts become its value. */
public enum Aggregation {
  /** value = Σ numerator contributions (a sum of money or a count); never {@code n/a} for 0. */
  SUM,
  /** value = scale × Σ numerator / Σ denominator; {@code n/a} when the denominator is 0. */
  RATIO,
  /** value = median of the per-record observations; {@code n/a} when there are none. */
  MEDIAN,
  /** Not computed yet: the definition carries the reason. */
  NOT_YET
}
