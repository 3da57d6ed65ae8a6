package dev.crmroi.core.causal;

/**
 * Carries a monthly flow of lasting benefit forward: a euro of MRR saved in month s still pays in
 * month t with probability r^(t−s), r the monthly retention (1 − churn hazard), so the benefit of
 * month t is b_t = Σ_{s≤t} f_s r^(t−s), a first-order recursive filter b_t = f_t + r b_(t−1). With
 * r = 0 the benefit is the flow itself.
 */
public final class CarryForward {

  private CarryForward() {}

  /**
   * Checks a monthly retention.
   *
   * @throws EstimationException unless 0 ≤ retention &lt; 1
   */
  static double checked(double retention) {
    if (!(retention >= 0 && retention < 1)) {
      throw new EstimationException(
          "carry-forward retention must be >= 0 and < 1 but was " + retention);
    }
    return retention;
  }

  /** Replaces {@code flows} by the carried benefit b_t = f_t + r b_(t−1), in place. */
  public static void apply(double[] flows, double retention) {
    if (retention == 0) {
      return;
    }
    for (int t = 1; t < flows.length; t++) {
      flows[t] += retention * flows[t - 1];
    }
  }

  /**
   * What one unit of flow is worth in total when it can be carried over {@code months} months (its
   * own month and those after it up to the end of the data): Σ_{k&lt;months} r^k.
   */
  public static double weight(int months, double retention) {
    if (months <= 0) {
      return 0;
    }
    return retention == 0 ? 1 : (1 - Math.pow(retention, months)) / (1 - retention);
  }
}
