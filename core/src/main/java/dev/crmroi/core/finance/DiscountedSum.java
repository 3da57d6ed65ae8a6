package dev.crmroi.core.finance;

import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The present value Σ a_i / (1 + r)^t_i of amounts a_i at times t_i (in periods or years), with its
 * derivative and a rescaled form that keeps its sign without overflow or underflow.
 *
 * <p>Zero amounts are skipped: they do not move the value, and their discount factors could
 * overflow (∞ · 0 = NaN) or, as scale factors, underflow the whole sum to a false zero.
 */
final class DiscountedSum {

  private static final double DAYS_PER_YEAR = 365.0;

  private final double[] times;
  private final double[] amounts;
  private final boolean periodic;
  private final double firstNonzeroTime;
  private final double lastNonzeroTime;

  private DiscountedSum(double[] times, double[] amounts, boolean periodic) {
    this.times = times;
    this.amounts = amounts;
    this.periodic = periodic;
    double first = Double.POSITIVE_INFINITY;
    double last = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < amounts.length; i++) {
      if (amounts[i] != 0) {
        first = Math.min(first, times[i]);
        last = Math.max(last, times[i]);
      }
    }
    this.firstNonzeroTime = first;
    this.lastNonzeroTime = last;
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

  double value(double rate) {
    return shiftedSum(rate, 0);
  }

  double derivative(double rate) {
    double logBase = Math.log1p(rate);
    double sum = 0;
    for (int i = 0; i < amounts.length; i++) {
      if (amounts[i] != 0) {
        sum -= times[i] * amounts[i] * Math.exp(-(times[i] + 1) * logBase);
      }
    }
    return sum;
  }

  /**
   * The value times the positive factor (1 + r)^s, with s the first nonzero time for r ≥ 0 and the
   * last for r &lt; 0: same sign and roots, every factor at most 1 and the leading one exactly 1.
   */
  double scaledValue(double rate) {
    if (firstNonzeroTime > lastNonzeroTime) {
      return 0;
    }
    if (periodic) {
      return scaledPolynomial(rate);
    }
    return shiftedSum(rate, rate >= 0 ? firstNonzeroTime : lastNonzeroTime);
  }

  private double shiftedSum(double rate, double shift) {
    double logBase = Math.log1p(rate);
    double sum = 0;
    for (int i = 0; i < amounts.length; i++) {
      if (amounts[i] != 0) {
        sum += amounts[i] * Math.exp((shift - times[i]) * logBase);
      }
    }
    return sum;
  }

  /** Horner's rule over the nonzero span, in 1/(1 + r) for r ≥ 0 and in (1 + r) otherwise. */
  private double scaledPolynomial(double rate) {
    int first = (int) firstNonzeroTime;
    int last = (int) lastNonzeroTime;
    double sum = 0;
    if (rate >= 0) {
      double v = 1 / (1 + rate);
      for (int t = last; t >= first; t--) {
        sum = sum * v + amounts[t];
      }
    } else {
      double base = 1 + rate;
      for (int t = first; t <= last; t++) {
        sum = sum * base + amounts[t];
      }
    }
    return sum;
  }
}
