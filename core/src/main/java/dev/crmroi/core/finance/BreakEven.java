package dev.crmroi.core.finance;

import java.util.OptionalDouble;

/**
 * Break-even point (metrics.md, break_even): where cumulative benefits equal cumulative costs, in
 * periods of a benefit/cost series, or in units for a fixed cost recovered by a contribution per
 * unit (the cost-volume-profit break-even, fixed costs / unit contribution margin).
 */
public final class BreakEven {

  private BreakEven() {}

  /**
   * Periods until cumulative benefits first reach cumulative costs; the payback of benefits −
   * costs, interpolated within the period as {@link Payback#periods}.
   *
   * @param benefits benefit at time 0 and in each following period
   * @param costs cost at time 0 and in each following period, same length as benefits
   * @return the break-even time in periods, or empty if benefits never catch up
   */
  public static OptionalDouble periods(double[] benefits, double[] costs) {
    double[] b = Checks.flows(benefits);
    double[] c = Checks.flows(costs);
    if (b.length != c.length) {
      throw new FinanceException(
          "benefits and costs must have the same length but had " + b.length + " and " + c.length);
    }
    double[] net = new double[b.length];
    for (int t = 0; t < net.length; t++) {
      net[t] = b[t] - c[t];
    }
    return Payback.periods(net);
  }

  /**
   * Units needed to recover a fixed cost: fixedCost / contributionPerUnit.
   *
   * @param fixedCost cost to recover, finite and ≥ 0
   * @param contributionPerUnit incremental gross profit per unit, finite and &gt; 0
   * @return the break-even number of units (fractional)
   */
  public static double units(double fixedCost, double contributionPerUnit) {
    Checks.finite("fixed cost", fixedCost);
    Checks.finite("contribution per unit", contributionPerUnit);
    if (fixedCost < 0) {
      throw new FinanceException("fixed cost must be >= 0 but was " + fixedCost);
    }
    if (!(contributionPerUnit > 0)) {
      throw new FinanceException(
          "contribution per unit must be > 0 but was " + contributionPerUnit);
    }
    return fixedCost / contributionPerUnit;
  }
}
