package dev.crmroi.core.businesscase;

/**
 * Monthly gross-profit gains by source, shared by the quick calculator and vendor options (formulas
 * in {@link QuickCalculator}).
 */
final class SalesGains {

  static final int MORE_DEALS = 0;
  static final int BIGGER_DEALS = 1;
  static final int CROSS_SELL = 2;
  static final int TIME_SAVED = 3;
  static final int SOURCES = 4;

  private SalesGains() {}

  /**
   * Fills {@code out} by source and returns the total.
   *
   * @param revenue monthly revenue today, reps × deals per rep × average deal revenue
   * @param margin gross margin
   * @param w win-rate uplift
   * @param s deal-size uplift
   * @param c cross-sell uplift
   * @param timeSaved value of the hours saved
   */
  static double fill(
      double revenue, double margin, double w, double s, double c, double timeSaved, double[] out) {
    out[MORE_DEALS] = revenue * w * margin;
    out[BIGGER_DEALS] = revenue * (1 + w) * s * margin;
    out[CROSS_SELL] = revenue * (1 + w) * (1 + s) * c * margin;
    out[TIME_SAVED] = timeSaved;
    return out[MORE_DEALS] + out[BIGGER_DEALS] + out[CROSS_SELL] + out[TIME_SAVED];
  }

  /** Freed share of paid time at the loaded cost: reps × cost per rep × hours saved / hours. */
  static double timeSaved(double reps, double costPerRep, double hoursSaved, double hoursPerWeek) {
    return reps * costPerRep * hoursSaved / hoursPerWeek;
  }
}
