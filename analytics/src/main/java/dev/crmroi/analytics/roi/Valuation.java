package dev.crmroi.analytics.roi;

import java.util.Map;

/**
 * The constants that turn outcomes into money and scale them: the gross margin, the loaded hourly
 * cost of service time, and each unit's baseline before the first go-live.
 *
 * @param grossMargin margin on recurring revenue (and on deals without a cost of sale)
 * @param serviceHourlyCost loaded cost of one hour of service agent time
 * @param baselines per unit, its monthly means before the first go-live
 */
record Valuation(double grossMargin, double serviceHourlyCost, Map<String, Baseline> baselines) {
  /** Share of a unit's usual volume below which a month's volume is not trusted as exposure. */
  private static final double FLOOR = 0.1;

  Valuation {
    baselines = Map.copyOf(baselines);
  }

  double costPerConversion(String unit) {
    Baseline b = baselines.get(unit);
    return b == null ? Double.NaN : b.costPerConversion();
  }

  Baseline baseline(String unit) {
    return baselines.get(unit);
  }

  /** {@code volume}, but not below {@link #FLOOR} of the unit's usual volume. */
  static double floored(double volume, double usual) {
    return Math.max(volume, FLOOR * usual);
  }
}
