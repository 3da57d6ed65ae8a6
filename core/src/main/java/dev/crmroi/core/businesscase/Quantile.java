package dev.crmroi.core.businesscase;

import java.util.function.DoubleUnaryOperator;
import org.hipparchus.distribution.continuous.NormalDistribution;
import org.hipparchus.distribution.continuous.TriangularDistribution;
import org.hipparchus.distribution.continuous.UniformRealDistribution;

/**
 * The quantile function Q(p) of a validated estimate truncated to its field's range: Q(p) =
 * F⁻¹(F(lo) + p·(F(hi) − F(lo))), the inverse-transform method for a distribution conditioned on
 * [lo, hi] (Devroye, <i>Non-Uniform Random Variate Generation</i>, 1986, ch. II.2). Monte Carlo
 * draws Q(U) with U uniform on (0, 1); the tornado reads Q(0.1), Q(0.5), Q(0.9). Allocation-free.
 */
final class Quantile {

  private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(0, 1);

  private final DoubleUnaryOperator inverse;
  private final boolean constant;

  private Quantile(DoubleUnaryOperator inverse, boolean constant) {
    this.inverse = inverse;
    this.constant = constant;
  }

  static Quantile constant(double value) {
    return new Quantile(p -> value, true);
  }

  static Quantile of(Estimate estimate, Range range) {
    if (estimate instanceof Estimate.Fixed f) {
      return constant(f.value());
    }
    if (estimate instanceof Estimate.Triangular t) {
      if (t.min() == t.max()) {
        return constant(t.min());
      }
      TriangularDistribution d = new TriangularDistribution(t.min(), t.mode(), t.max());
      return new Quantile(d::inverseCumulativeProbability, false);
    }
    if (estimate instanceof Estimate.Uniform u) {
      if (u.min() == u.max()) {
        return constant(u.min());
      }
      UniformRealDistribution d = new UniformRealDistribution(u.min(), u.max());
      return new Quantile(d::inverseCumulativeProbability, false);
    }
    if (estimate instanceof Estimate.Normal n) {
      return n.sd() == 0 ? constant(n.mean()) : truncatedNormal(n.mean(), n.sd(), range);
    }
    Estimate.LogNormal l = (Estimate.LogNormal) estimate;
    return l.sigma() == 0 ? constant(l.median()) : truncatedLogNormal(l, range);
  }

  private static Quantile truncatedNormal(double mean, double sd, Range range) {
    double pLo = STANDARD_NORMAL.cumulativeProbability((range.min() - mean) / sd);
    double pHi = STANDARD_NORMAL.cumulativeProbability((range.max() - mean) / sd);
    return new Quantile(
        p -> clamp(mean + sd * standardNormal(pLo + p * (pHi - pLo)), range), false);
  }

  /** ln X is normal with mean ln(median) and sd sigma; truncation works on the log scale. */
  private static Quantile truncatedLogNormal(Estimate.LogNormal l, Range range) {
    double mu = Math.log(l.median());
    double sigma = l.sigma();
    double pLo =
        range.min() <= 0
            ? 0
            : STANDARD_NORMAL.cumulativeProbability((Math.log(range.min()) - mu) / sigma);
    double pHi =
        range.max() == Double.POSITIVE_INFINITY
            ? 1
            : STANDARD_NORMAL.cumulativeProbability((Math.log(range.max()) - mu) / sigma);
    return new Quantile(
        p -> clamp(Math.exp(mu + sigma * standardNormal(pLo + p * (pHi - pLo))), range), false);
  }

  private static double standardNormal(double p) {
    return STANDARD_NORMAL.inverseCumulativeProbability(p);
  }

  /** Guards against rounding a hair outside the range at the extreme tails. */
  private static double clamp(double x, Range range) {
    return Math.max(range.min(), Math.min(range.max(), x));
  }

  /** Q(p) for p in (0, 1). */
  double at(double p) {
    return inverse.applyAsDouble(p);
  }

  /** True for fixed numbers and zero-width distributions: they do not vary between draws. */
  boolean isConstant() {
    return constant;
  }
}
