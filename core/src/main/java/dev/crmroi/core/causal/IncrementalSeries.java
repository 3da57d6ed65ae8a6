package dev.crmroi.core.causal;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;

/**
 * Incremental outcome caused by the CRM per calendar month, summed over the treated units, from the
 * first go-live to the end of the data; the benefit stream for ROI, NPV, IRR and payback.
 *
 * @param months consecutive months
 * @param values incremental outcome in each month (0 where no treated unit was observed)
 */
public record IncrementalSeries(List<YearMonth> months, double[] values) {

  /** Copies the inputs and checks their lengths agree. */
  public IncrementalSeries {
    months = List.copyOf(months);
    values = values.clone();
    if (months.size() != values.length) {
      throw new EstimationException(
          "incremental series needs one value per month but had "
              + values.length
              + " values for "
              + months.size()
              + " months");
    }
  }

  /** A copy of the monthly values. */
  @Override
  public double[] values() {
    return values.clone();
  }

  /** Value in month index i. */
  public double value(int i) {
    return values[i];
  }

  /** Sum over all months. */
  public double total() {
    double sum = 0;
    for (double v : values) {
      sum += v;
    }
    return sum;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof IncrementalSeries that
        && months.equals(that.months)
        && Arrays.equals(values, that.values);
  }

  @Override
  public int hashCode() {
    return 31 * months.hashCode() + Arrays.hashCode(values);
  }

  @Override
  public String toString() {
    return "IncrementalSeries[" + months.get(0) + ".., " + Arrays.toString(values) + "]";
  }
}
