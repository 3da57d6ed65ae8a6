package dev.crmroi.analytics.forecast;

import java.util.List;
import java.util.OptionalDouble;

/**
 * How good past forecasts were.
 *
 * @param quarters each back-tested quarter, oldest first
 */
public record Accuracy(List<QuarterAccuracy> quarters) {
  public Accuracy {
    quarters = List.copyOf(quarters);
  }

  /** Mean absolute percentage error over the quarters with revenue won; empty when none. */
  public OptionalDouble mape() {
    return quarters.stream()
        .map(QuarterAccuracy::percentageError)
        .filter(OptionalDouble::isPresent)
        .mapToDouble(e -> Math.abs(e.getAsDouble()))
        .average();
  }

  /** Mean signed percentage error (positive: forecasts ran high); empty when none. */
  public OptionalDouble bias() {
    return quarters.stream()
        .map(QuarterAccuracy::percentageError)
        .filter(OptionalDouble::isPresent)
        .mapToDouble(OptionalDouble::getAsDouble)
        .average();
  }
}
