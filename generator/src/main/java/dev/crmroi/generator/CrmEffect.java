package dev.crmroi.generator;

/**
 * The injected CRM effect: the true sizes of each benefit stream at full adoption, and the ramp
 * from go-live to full adoption. All are multiplied by the spec's effect scale.
 */
final class CrmEffect {

  /** Relative rise in the win probability of core-product deals. */
  static final double WIN_RATE_UPLIFT = 0.12;

  /** Relative rise in the amount of core-product deals. */
  static final double DEAL_SIZE_UPLIFT = 0.05;

  /** Relative cut in the monthly churn hazard of subscriptions. */
  static final double CHURN_HAZARD_REDUCTION = 0.25;

  /** Relative cut in ticket handle time. */
  static final double HANDLE_TIME_REDUCTION = 0.18;

  /** Relative rise in the lead-to-opportunity conversion probability. */
  static final double LEAD_CONVERSION_UPLIFT = 0.20;

  /** Months from go-live to full effect; month k after go-live has (k + 1) / RAMP_MONTHS. */
  static final int RAMP_MONTHS = 4;

  private final double effectScale;

  CrmEffect(double effectScale) {
    this.effectScale = effectScale;
  }

  double effectScale() {
    return effectScale;
  }

  /** The share of the full effect in this unit and month: 0 before go-live, ramping up to 1. */
  double strength(Unit unit, int month) {
    return effectScale * ramp(month - unit.goLiveIndex());
  }

  static double ramp(long monthsSinceGoLive) {
    if (monthsSinceGoLive < 0) {
      return 0;
    }
    return Math.min(1.0, (monthsSinceGoLive + 1) / (double) RAMP_MONTHS);
  }
}
