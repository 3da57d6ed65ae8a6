package dev.crmroi.analytics.goals;

import org.hipparchus.distribution.continuous.TDistribution;
import org.hipparchus.stat.regression.SimpleRegression;

/**
 * An ordinary-least-squares line through a monthly series (x = 0, 1, …) and its prediction
 * interval: ŷ(x) ± t(1 − (1 − level) / 2; n − 2) · s · √(1 + 1/n + (x − x̄)² / Sxx), with s² the
 * residual mean square (the textbook interval for a new observation, e.g. Montgomery, Peck and
 * Vining, Introduction to Linear Regression Analysis, §2.5). Fitted with Hipparchus {@link
 * SimpleRegression}.
 */
public final class LinearTrend {
  private final SimpleRegression regression = new SimpleRegression();
  private final int n;
  private final double xMean;
  private final double sxx;

  /**
   * Fits {@code y} at {@code x} (months since the series' first month).
   *
   * @throws IllegalArgumentException when the arrays differ in length, or with fewer than 3 points
   *     (no residual degree of freedom is left for an interval)
   */
  public LinearTrend(double[] x, double[] y) {
    if (x.length != y.length) {
      throw new IllegalArgumentException(
          "x and y must have the same length but had " + x.length + " and " + y.length);
    }
    if (y.length < 3) {
      throw new IllegalArgumentException(
          "a trend with an interval needs at least 3 months but had " + y.length);
    }
    for (int i = 0; i < y.length; i++) {
      regression.addData(x[i], y[i]);
    }
    n = y.length;
    xMean = java.util.Arrays.stream(x).average().orElseThrow();
    sxx = java.util.Arrays.stream(x).map(v -> (v - xMean) * (v - xMean)).sum();
  }

  /** The slope per month. */
  public double slope() {
    return regression.getSlope();
  }

  /** The fitted value at x = 0. */
  public double intercept() {
    return regression.getIntercept();
  }

  /** The prediction at {@code x} with its two-sided {@code level} prediction interval. */
  public Interval predict(double x, double level) {
    if (!(level > 0 && level < 1)) {
      throw new IllegalArgumentException("interval level must be in (0, 1) but was " + level);
    }
    double central = intercept() + slope() * x;
    double s = Math.sqrt(Math.max(0, regression.getMeanSquareError()));
    double t = new TDistribution(n - 2).inverseCumulativeProbability(1 - (1 - level) / 2);
    double half = t * s * Math.sqrt(1 + 1.0 / n + (x - xMean) * (x - xMean) / sxx);
    return new Interval(central - half, central, central + half);
  }

  /**
   * A forecast with its interval.
   *
   * @param low lower bound
   * @param central the fitted line's value
   * @param high upper bound
   */
  public record Interval(double low, double central, double high) {}
}
