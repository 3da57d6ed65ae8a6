package dev.crmroi.core.businesscase;

import java.util.Arrays;

/**
 * The simulated distribution of one outcome (ROI or NPV). Percentiles are the linear interpolation
 * between order statistics of Hyndman &amp; Fan (1996) definition 7, as spreadsheet PERCENTILE.INC:
 * with sorted draws x_0..x_{n−1}, h = (n − 1)p, P = x_⌊h⌋ + (h − ⌊h⌋)(x_⌊h⌋+1 − x_⌊h⌋).
 *
 * @param p5 5th percentile
 * @param p50 median
 * @param p95 95th percentile
 * @param mean arithmetic mean
 * @param probabilityPositive share of draws strictly above zero
 */
public record OutcomeDistribution(
    double p5, double p50, double p95, double mean, double probabilityPositive) {

  /** Summarises draws; sorts the array in place. */
  static OutcomeDistribution of(double[] draws) {
    Arrays.sort(draws);
    int positive = 0;
    double offsetSum = 0;
    for (double x : draws) {
      offsetSum += x - draws[0];
      positive += x > 0 ? 1 : 0;
    }
    // The mean as x_0 + mean offset: exact when every draw is equal, and better conditioned.
    double mean = draws[0] + offsetSum / draws.length;
    return new OutcomeDistribution(
        percentile(draws, 0.05),
        percentile(draws, 0.50),
        percentile(draws, 0.95),
        mean,
        (double) positive / draws.length);
  }

  static double percentile(double[] sorted, double p) {
    double h = (sorted.length - 1) * p;
    int lo = (int) Math.floor(h);
    int hi = Math.min(lo + 1, sorted.length - 1);
    return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
  }
}
