package dev.crmroi.analytics.forecast;

import dev.crmroi.core.kpi.Period;
import java.util.OptionalDouble;

/**
 * A past quarter's forecast (made at its first day from what was known then) beside the revenue
 * actually won in it.
 *
 * @param quarter the quarter
 * @param forecast the forecast revenue
 * @param actual revenue won with closed_at in the quarter
 */
public record QuarterAccuracy(Period quarter, double forecast, double actual) {
  /** forecast − actual: positive when the forecast was too high. */
  public double error() {
    return forecast - actual;
  }

  /** (forecast − actual) / actual, empty when nothing was won. */
  public OptionalDouble percentageError() {
    return actual == 0 ? OptionalDouble.empty() : OptionalDouble.of(error() / actual);
  }
}
