package dev.crmroi.analytics.kpi;

/** Which way a KPI improves, so goals and comparisons know whether up is good. */
public enum Direction {
  /** More is better: revenue, win rate, CSAT, … */
  HIGHER_IS_BETTER,
  /** Less is better: churn, cycle and response times, costs per unit, … */
  LOWER_IS_BETTER
}
