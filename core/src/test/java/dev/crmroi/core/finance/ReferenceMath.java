package dev.crmroi.core.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Reference values computed without the production code: exact decimal NPV, bisection for roots.
 */
final class ReferenceMath {

  private static final MathContext MC = MathContext.DECIMAL128;

  private ReferenceMath() {}

  /** Σ CF_t / (1 + r)^t in 34-digit decimal arithmetic. */
  static BigDecimal npv(String rate, double... flows) {
    return npv(new BigDecimal(rate), flows);
  }

  static BigDecimal npv(BigDecimal rate, double... flows) {
    BigDecimal base = BigDecimal.ONE.add(rate);
    BigDecimal sum = BigDecimal.ZERO;
    for (int t = 0; t < flows.length; t++) {
      sum = sum.add(new BigDecimal(flows[t]).divide(base.pow(t, MC), MC), MC);
    }
    return sum;
  }

  /** The root of the decimal NPV in [low, high] by 200 bisection steps; NPV must change sign. */
  static double irr(double low, double high, double... flows) {
    BigDecimal lo = new BigDecimal(low);
    BigDecimal hi = new BigDecimal(high);
    int signLow = npv(lo, flows).signum();
    assertThat(signLow * npv(hi, flows).signum()).as("bracket [%s, %s]", low, high).isNegative();
    BigDecimal two = BigDecimal.valueOf(2);
    for (int i = 0; i < 200; i++) {
      BigDecimal mid = lo.add(hi).divide(two, MC);
      if (npv(mid, flows).signum() == signLow) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    return lo.doubleValue();
  }

  /** Σ CF_i · (1 + r)^(−days_i/365) with Math.pow, days counted from the first date. */
  static double xnpv(double rate, List<DatedCashFlow> flows) {
    double sum = 0;
    for (DatedCashFlow flow : flows) {
      long days = ChronoUnit.DAYS.between(flows.get(0).date(), flow.date());
      sum += flow.amount() / Math.pow(1 + rate, days / 365.0);
    }
    return sum;
  }

  /** The root of {@link #xnpv} in [low, high] by bisection in doubles. */
  static double xirr(double low, double high, List<DatedCashFlow> flows) {
    double signLow = Math.signum(xnpv(low, flows));
    assertThat(signLow * Math.signum(xnpv(high, flows))).isNegative();
    for (int i = 0; i < 200; i++) {
      double mid = (low + high) / 2;
      if (Math.signum(xnpv(mid, flows)) == signLow) {
        low = mid;
      } else {
        high = mid;
      }
    }
    return low;
  }

  /** Excel's MIRR from its definition, sums in 34-digit decimals. */
  static double mirr(double[] flows, String financeRate, String reinvestRate) {
    BigDecimal finance = BigDecimal.ONE.add(new BigDecimal(financeRate));
    BigDecimal reinvest = BigDecimal.ONE.add(new BigDecimal(reinvestRate));
    int n = flows.length;
    BigDecimal pvNegative = BigDecimal.ZERO;
    BigDecimal fvPositive = BigDecimal.ZERO;
    for (int t = 0; t < n; t++) {
      BigDecimal flow = new BigDecimal(flows[t]);
      if (flows[t] < 0) {
        pvNegative = pvNegative.add(flow.divide(finance.pow(t, MC), MC), MC);
      } else {
        fvPositive = fvPositive.add(flow.multiply(reinvest.pow(n - 1 - t, MC), MC), MC);
      }
    }
    double ratio = fvPositive.negate().divide(pvNegative, MC).doubleValue();
    return Math.pow(ratio, 1.0 / (n - 1)) - 1;
  }

  /** Asserts |actual − expected| ≤ 1e-9 · |expected|. */
  static void assertRelative(double actual, double expected) {
    assertThat(actual).isCloseTo(expected, within(1e-9 * Math.abs(expected)));
  }
}
