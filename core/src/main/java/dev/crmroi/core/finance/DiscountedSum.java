package dev.crmroi.core.finance;

import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The present value Σ a_i / (1 + r)^t_i of amounts a_i at times t_i (in periods or years), with its
 * derivative and a rescaled form that keeps its sign without overflowing near r = -1.
 */
final class DiscountedSum {

  private static final double DAYS_PER_YEAR = 365.0;

  private final double[] times;
  private final double[] amounts;
  private final double lastTime;

  private DiscountedSum(double[] times, double[] amounts) {
    this.times = times;
    this.amounts = amounts;
    double last = 0;
    for (double t : times) {
      last = Math.max(last, t);
    }
    this.lastTime = last;
  }

  /** Flow i at time i periods. */
  static DiscountedSum periodic(double[] flows) {
    double[] times = new double[flows.length];
    for (int i = 0; i < flows.length; i++) {
      times[i] = i;
    }
    return new DiscountedSum(times, flows.clone());
  }

  /** Flow i at (date_i − date_0) / 365 years: Excel's XNPV/XIRR day count from the first date. */
  static DiscountedSum dated(List<DatedCashFlow> flows) {
    double[] times = new double[flows.size()];
    double[] amounts = new double[flows.size()];
    for (int i = 0; i < flows.size(); i++) {
      long days = ChronoUnit.DAYS.between(flows.get(0).date(), flows.get(i).date());
      times[i] = days / DAYS_PER_YEAR;
      amounts[i] = flows.get(i).amount();
    }
    return new DiscountedSum(times, amounts);
  }

  double[] amounts() {
    return amounts.clone();
  }

  double largestAbsoluteAmount() {
    double largest = 0;
    for (double a : amounts) {
      largest = Math.max(largest, Math.abs(a));
    }
    return largest;
  }

  double value(double rate) {
    double logBase = Math.log1p(rate);
    double sum = 0;
    for (int i = 0; i < amounts.length; i++) {
      sum += amounts[i] * Math.exp(-times[i] * logBase);
    }
    return sum;
  }

  double derivative(double rate) {
    double logBase = Math.log1p(rate);
    double sum = 0;
    for (int i = 0; i < amounts.length; i++) {
      sum -= times[i] * amounts[i] * Math.exp(-(times[i] + 1) * logBase);
    }
    return sum;
  }

  /**
   * The value times a positive factor ((1 + r)^T for r < 0), so it has the same sign and roots but
   * every discount factor is at most 1 and cannot overflow.
   */
  double scaledValue(double rate) {
    double logBase = Math.log1p(rate);
    double shift = logBase < 0 ? lastTime : 0;
    double sum = 0;
    for (int i = 0; i < amounts.length; i++) {
      sum += amounts[i] * Math.exp((shift - times[i]) * logBase);
    }
    return sum;
  }
}
