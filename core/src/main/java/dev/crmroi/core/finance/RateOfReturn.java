package dev.crmroi.core.finance;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Internal and modified internal rates of return.
 *
 * <p>IRR is the rate r &gt; -1 at which NPV = Σ CF_t / (1 + r)^t is zero; XIRR the rate at which
 * Excel's XNPV (actual/365 from the first date) is zero. Both are found by {@link RateRoots} (grid
 * scan for sign changes, Brent bracketing solver, Newton polishing) and, unlike the spreadsheet
 * functions, never depend on a guess: a stream without a sign change, with several roots, or whose
 * root cannot be bracketed raises a {@link FinanceException} saying which.
 *
 * <p>MIRR follows Excel's definition: ((−FV of positive flows at the reinvest rate) / (PV of
 * negative flows at the finance rate))^(1/(n−1)) − 1, n the number of flows.
 */
public final class RateOfReturn {

  private static final int MAX_ROOTS_LISTED = 10;

  private RateOfReturn() {}

  /**
   * Internal rate of return of periodic flows (flow t at the end of period t, flow 0 now).
   *
   * @param flows cash flows, at least one positive and one negative
   * @return the unique rate per period at which the NPV is zero
   * @throws FinanceException if the flows never change sign, have several IRRs, or none can be
   *     bracketed in (-0.999999, 999999)
   */
  public static double irr(double... flows) {
    return uniqueRoot("IRR", DiscountedSum.periodic(Checks.flows(flows)));
  }

  /**
   * Internal rate of return of dated flows, Excel's XIRR: the annual rate at which {@link
   * PresentValue#xnpv} is zero.
   *
   * @param flows dated cash flows, the first date the earliest (later dates in any order)
   * @return the unique annual rate at which the XNPV is zero
   * @throws FinanceException as {@link #irr}
   */
  public static double xirr(List<DatedCashFlow> flows) {
    Checks.datedFlows(flows);
    if (flows.stream().map(DatedCashFlow::date).distinct().count() < 2) {
      throw new FinanceException(
          "XIRR needs cash flows on at least two different dates but all were on "
              + flows.get(0).date());
    }
    return uniqueRoot("XIRR", DiscountedSum.dated(flows));
  }

  /**
   * Modified internal rate of return as Excel's {@code MIRR(values, finance_rate, reinvest_rate)}.
   *
   * @param flows periodic cash flows, at least one positive and one negative
   * @param financeRate rate paid on the money invested (discounts the negative flows), &gt; -1
   * @param reinvestRate rate earned on reinvested positive flows, &gt; -1
   * @return the MIRR per period
   */
  public static double mirr(double[] flows, double financeRate, double reinvestRate) {
    double[] checked = Checks.flows(flows);
    Checks.rate("finance rate", financeRate);
    Checks.rate("reinvest rate", reinvestRate);
    int last = checked.length - 1;
    double presentOutflows = 0;
    double futureInflows = 0;
    for (int t = 0; t <= last; t++) {
      if (checked[t] < 0) {
        presentOutflows += checked[t] / Math.pow(1 + financeRate, t);
      } else {
        futureInflows += checked[t] * Math.pow(1 + reinvestRate, last - t);
      }
    }
    if (presentOutflows == 0 || futureInflows == 0) {
      throw new FinanceException(
          "MIRR needs at least one positive and one negative cash flow but flows were "
              + signSummary(checked));
    }
    return Math.pow(-futureInflows / presentOutflows, 1.0 / last) - 1;
  }

  private static double uniqueRoot(String function, DiscountedSum sum) {
    double[] amounts = sum.amounts();
    if (!hasPositive(amounts) || !hasNegative(amounts)) {
      throw new FinanceException(
          function
              + " needs a sign change in the cash flows but they were "
              + signSummary(amounts)
              + ", so NPV is never zero");
    }
    List<Double> roots = RateRoots.find(sum);
    if (roots.isEmpty()) {
      throw new FinanceException(
          function
              + " cannot be bracketed: NPV does not change sign for rates in ("
              + readable(RateRoots.LOWEST_RATE)
              + ", "
              + readable(RateRoots.HIGHEST_RATE)
              + ")");
    }
    if (roots.size() > 1) {
      throw new FinanceException(
          function
              + " is not unique: the cash flows have "
              + roots.size()
              + " rates where NPV is zero: "
              + listed(roots));
    }
    return roots.get(0);
  }

  private static String listed(List<Double> roots) {
    String shown =
        roots.stream()
            .limit(MAX_ROOTS_LISTED)
            .map(RateOfReturn::readable)
            .collect(Collectors.joining(", "));
    int hidden = roots.size() - MAX_ROOTS_LISTED;
    return hidden > 0 ? shown + " and " + hidden + " more" : shown;
  }

  private static boolean hasPositive(double[] amounts) {
    for (double a : amounts) {
      if (a > 0) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasNegative(double[] amounts) {
    for (double a : amounts) {
      if (a < 0) {
        return true;
      }
    }
    return false;
  }

  private static String signSummary(double[] amounts) {
    if (!hasPositive(amounts) && !hasNegative(amounts)) {
      return "all zero (" + amounts.length + " flows)";
    }
    return hasPositive(amounts)
        ? "all >= 0 (" + amounts.length + " flows)"
        : "all <= 0 (" + amounts.length + " flows)";
  }

  private static String readable(double rate) {
    return new BigDecimal(rate).round(new MathContext(10)).stripTrailingZeros().toPlainString();
  }
}
