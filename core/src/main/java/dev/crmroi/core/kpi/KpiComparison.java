package dev.crmroi.core.kpi;

import java.util.OptionalDouble;

/**
 * A KPI value beside the same KPI and slice in a base period (the previous period, or the same
 * period a year earlier).
 *
 * @param current the value in the requested period
 * @param base the value in the base period
 */
public record KpiComparison(KpiValue current, KpiValue base) {

  /** {@code current − base}, empty when either is {@code n/a}. */
  public OptionalDouble change() {
    if (!current.available() || !base.available()) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(current.value().getAsDouble() - base.value().getAsDouble());
  }

  /** {@code (current − base) / |base|}, empty when either is {@code n/a} or the base is 0. */
  public OptionalDouble relativeChange() {
    OptionalDouble change = change();
    if (change.isEmpty() || base.value().getAsDouble() == 0) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(change.getAsDouble() / Math.abs(base.value().getAsDouble()));
  }
}
