package dev.crmroi.core.finance;

/**
 * Return on investment, ROI = (benefits − costs) / costs (metrics.md, roi; multiply by 100 for a
 * percentage), for totals over one horizon, discounted or not as the caller chose.
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
}
