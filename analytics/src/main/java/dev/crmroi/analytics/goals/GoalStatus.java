package dev.crmroi.analytics.goals;

import dev.crmroi.analytics.kpi.Direction;

/**
 * Where a goal stands, from the metric's forecast at the deadline and its prediction interval: on
 * track when the central forecast reaches the target (≥ for higher-is-better KPIs, ≤ for
 * lower-is-better), at risk when it does not but the target lies within the interval, off track
 * when the target lies beyond the interval's better end; unknown when there is too little history
 * to forecast.
 */
public enum GoalStatus {
  ON_TRACK("on track"),
  AT_RISK("at risk"),
  OFF_TRACK("off track"),
  UNKNOWN("unknown");

  private final String label;

  GoalStatus(String label) {
    this.label = label;
  }

  /** How it reads: {@code on track}, … */
  public String label() {
    return label;
  }

  /** The status of {@code target} against {@code forecast} for a KPI improving in {@code way}. */
  public static GoalStatus of(double target, LinearTrend.Interval forecast, Direction way) {
    boolean up = way == Direction.HIGHER_IS_BETTER;
    double central = forecast.central();
    if (up ? central >= target : central <= target) {
      return ON_TRACK;
    }
    boolean reachable = up ? forecast.high() >= target : forecast.low() <= target;
    return reachable ? AT_RISK : OFF_TRACK;
  }
}
