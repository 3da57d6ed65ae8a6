package dev.crmroi.core.finance;

import java.util.OptionalDouble;

/**
 * Payback period and discounted payback period of a periodic net cash-flow series (usually monthly,
 * so the result is in months).
 *
 * <p>Definition (metrics.md, payback_months): the first time at which the cumulative net cash flow
 * is ≥ 0, after it has been negative. Flow 0 falls at time 0; flow t accrues evenly over period t,
 * from time t − 1 to t, so the cumulative sum is interpolated linearly inside the period where it
 * crosses zero (the standard textbook payback with fractional periods, e.g. Brealey, Myers &amp;
 * Allen, ch. 5). Discounted payback does the same with CF_t / (1 + r)^t. A cumulative sum that is
 * never negative pays back at 0; one that never recovers gives an empty result.
 */
public final class Payback {

  private Payback() {}

  /**
   * Undiscounted payback period.
   *
   * @param flows net cash flow at time 0 and in each following period
   * @return periods until the cumulative sum first recovers to ≥ 0, or empty if it never does
   */
  public static OptionalDouble periods(double... flows) {
    return crossing(Checks.flows(flows));
  }

  /**
   * Discounted payback period: as {@link #periods} on CF_t / (1 + r)^t.
   *
   * @param ratePerPeriod discount rate per period (a monthly rate for monthly flows), &gt; -1
   * @param flows net cash flow at time 0 and in each following period
   * @return periods until the discounted cumulative sum first recovers to ≥ 0, or empty
   */
  public static OptionalDouble discountedPeriods(double ratePerPeriod, double... flows) {
    Checks.rate("discount rate", ratePerPeriod);
    double[] discounted = Checks.flows(flows);
    for (int t = 0; t < discounted.length; t++) {
      discounted[t] = discounted[t] / Math.pow(1 + ratePerPeriod, t);
    }
    return crossing(discounted);
  }

  private static OptionalDouble crossing(double[] flows) {
    double cumulative = flows[0];
    boolean wasNegative = cumulative < 0;
    for (int t = 1; t < flows.length; t++) {
      double next = cumulative + flows[t];
      if (cumulative < 0 && next >= 0) {
        double fraction = Math.min(1.0, -cumulative / flows[t]);
        return OptionalDouble.of(t - 1 + fraction);
      }
      wasNegative |= next < 0;
      cumulative = next;
    }
    return wasNegative ? OptionalDouble.empty() : OptionalDouble.of(0);
  }
}
