package dev.crmroi.core.causal;

/**
 * A point estimate with its percentile bootstrap 95% interval (Efron &amp; Tibshirani, <i>An
 * Introduction to the Bootstrap</i>, 1993, ch. 13).
 *
 * @param estimate the estimate on the original data
 * @param lower 2.5th percentile of the bootstrap replicates
 * @param upper 97.5th percentile of the bootstrap replicates
 */
public record Interval(double estimate, double lower, double upper) {

  /** Whether {@code value} lies in [lower, upper]. */
  public boolean contains(double value) {
    return lower <= value && value <= upper;
  }

  /** Upper minus lower bound. */
  public double width() {
    return upper - lower;
  }
}
