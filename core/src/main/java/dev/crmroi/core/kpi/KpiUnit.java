package dev.crmroi.core.kpi;

import java.util.Locale;

/** The unit of a KPI value; money is always in the reporting currency. */
public enum KpiUnit {
  COUNT,
  RATIO,
  MONEY,
  DAYS,
  HOURS,
  MINUTES,
  SCORE,
  POINTS,
  PER_USER,
  PER_SALE;

  /** The name shown in output: {@code count}, {@code ratio}, {@code money}, … */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
