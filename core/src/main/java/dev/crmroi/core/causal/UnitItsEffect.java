package dev.crmroi.core.causal;

import java.time.YearMonth;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Interrupted time series result of one treated unit.
 *
 * @param unit unit id
 * @param goLive first treated month
 * @param terms names of the pre-period model's regressors
 * @param coefficients OLS coefficients of the pre-period model, one per term
 * @param seasonality how month-of-year effects were handled, in words
 * @param preMonths observed pre-period months used in the fit
 * @param months observed, forecast and effect of each observed post-period month
 * @param effectPerMonth mean effect over the observed post months, with its interval
 * @param total summed effect over the observed post months, with its interval
 * @param levelChange level change at go-live from the full segmented model, if estimable
 * @param slopeChange change in monthly trend from the full segmented model, if estimable
 * @param blockLength block length of the moving-block bootstrap, in months
 */
public record UnitItsEffect(
    String unit,
    YearMonth goLive,
    List<String> terms,
    List<Double> coefficients,
    String seasonality,
    int preMonths,
    List<MonthEffect> months,
    Interval effectPerMonth,
    Interval total,
    OptionalDouble levelChange,
    OptionalDouble slopeChange,
    int blockLength) {

  /** Copies the lists. */
  public UnitItsEffect {
    terms = List.copyOf(terms);
    coefficients = List.copyOf(coefficients);
    months = List.copyOf(months);
  }
}
