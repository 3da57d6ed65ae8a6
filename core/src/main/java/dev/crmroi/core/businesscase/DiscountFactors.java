package dev.crmroi.core.businesscase;

/**
 * Discount factors (1 + r)^−t for t = 0..n−1, computed once so that Monte Carlo draws can take
 * present values without allocating.
 *
 * <p>{@link #presentValue} performs the very operations of {@link
 * dev.crmroi.core.finance.PresentValue#npv} (each nonzero flow times exp(−t·ln(1 + r)), summed in
 * time order), so the two agree to the last bit; a test holds them to that.
 */
final class DiscountFactors {

  private final double[] factors;

  DiscountFactors(double rate, int periods) {
    double logBase = Math.log1p(rate);
    factors = new double[periods];
    for (int t = 0; t < periods; t++) {
      factors[t] = Math.exp((0.0 - t) * logBase);
    }
  }

  /** Σ flows[t] · (1 + r)^−t over the first {@code periods} flows, zero flows skipped. */
  double presentValue(double[] flows) {
    double sum = 0;
    for (int t = 0; t < factors.length; t++) {
      if (flows[t] != 0) {
        sum += flows[t] * factors[t];
      }
    }
    return sum;
  }
}
