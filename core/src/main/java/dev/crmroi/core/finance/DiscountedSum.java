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
  private final boolean periodic;

  private DiscountedSum(double[] times, double[] amounts, boolean periodic) {
    this.times = times;
    this.amounts = amounts;
    this.periodic = periodic;
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
    return new DiscountedSum(times, flows.clone(), true);
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
    return new DiscountedSum(times, amounts, false);
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
    if (periodic) {
      return scaledPolynomial(rate);
    }
    double logBase = Math.log1p(rate);
    double shift = logBase < 0 ? lastTime : 0;
    double sum = 0;
    for (int i = 0; i < amounts.length; i++) {
      sum += amounts[i] * Math.exp((shift - times[i]) * logBase);
    }
    return sum;
  }

  /**
   * Horner's rule for periodic flows, in v = 1/(1 + r) when v ≤ 1 and in (1 + r) otherwise, so
   * every intermediate stays bounded; an order of magnitude cheaper than one exp per flow.
   */
  private double scaledPolynomial(double rate) {
    int last = amounts.length - 1;
    double sum = 0;
    if (rate >= 0) {
      double v = 1 / (1 + rate);
      for (int t = last; t >= 0; t--) {
        sum = sum * v + amounts[t];
      }
    } else {
      double base = 1 + rate;
      for (int t = 0; t <= last; t++) {
        sum = sum * base + amounts[t];
      }
    }
    return sum;
  }
}
