package dev.crmroi.core.finance;

/**
 * Return on investment, ROI = (benefits − costs) / costs (metrics.md, roi; multiply by 100 for a
 * percentage), over one horizon, undiscounted from totals or discounted from periodic series
 * (present values at time 0, as in Forrester's Total Economic Impact method: ROI = (PV benefits −
 * PV costs) / PV costs).
 */
public final class ReturnOnInvestment {

  private ReturnOnInvestment() {}

  /**
   * ROI as a ratio: 0.25 means benefits exceeded costs by a quarter of the costs.
   *
   * @param benefits total benefits, finite
   * @param costs total costs, finite and &gt; 0
   * @return (benefits − costs) / costs
   */
  public static double roi(double benefits, double costs) {
    Checks.finite("benefits", benefits);
    Checks.finite("costs", costs);
    if (!(costs > 0)) {
      throw new FinanceException("costs must be > 0 for ROI but was " + costs);
    }
    return (benefits - costs) / costs;
  }

  /**
   * Discounted ROI: (PV(benefits) − PV(costs)) / PV(costs), each PV by {@link PresentValue#npv}
   * (period 0 undiscounted, e.g. the initial year of a three-year TEI model).
   *
   * @param rate discount rate per period, &gt; -1
   * @param benefits benefit in periods 0..n−1
   * @param costs cost in periods 0..n−1, same length, present value &gt; 0
   * @return the ROI of the present values
   */
  public static double discounted(double rate, double[] benefits, double[] costs) {
    Checks.flows(benefits);
    Checks.flows(costs);
    if (benefits.length != costs.length) {
      throw new FinanceException(
          "benefits and costs must have the same length but had "
              + benefits.length
              + " and "
              + costs.length);
    }
    return roi(PresentValue.npv(rate, benefits), PresentValue.npv(rate, costs));
  }
}
