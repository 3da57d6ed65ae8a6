package dev.crmroi.core.businesscase;

/**
 * A numeric input of a business case: a fixed number or a probability distribution over it.
 *
 * <p>In a scenario file a plain number is a {@link Fixed}; a map with a {@code dist:} key names the
 * distribution and carries the fields of the record of that name, in snake case: {@code {dist:
 * triangular, min: 0, mode: 0.05, max: 0.12}}, {@code {dist: normal, mean: 0.05, sd: 0.02}}, {@code
 * {dist: uniform, min: 2, max: 5}}, {@code {dist: lognormal, median: 40000, sigma: 0.3}}.
 *
 * <p>Every distribution is truncated to the range the field allows (a rep count cannot be negative,
 * a margin cannot exceed 1): draws are taken from the distribution conditioned on that range, by
 * inverse transform on the renormalised cumulative probability. Validation rejects distributions
 * whose stated support leaves that range (for triangular and uniform) or whose centre lies outside
 * it (for normal and lognormal).
 */
public sealed interface Estimate
    permits Estimate.Fixed,
        Estimate.Triangular,
        Estimate.Normal,
        Estimate.Uniform,
        Estimate.LogNormal {

  /**
   * A number known for sure.
   *
   * @param value the number
   */
  record Fixed(double value) implements Estimate {
    @Override
    public String kind() {
      return "fixed";
    }
  }

  /**
   * Triangular distribution (Johnson, Kotz &amp; Balakrishnan, <i>Continuous Univariate
   * Distributions</i>, vol. 2, ch. 26): the usual three-point estimate, mean (min + mode + max)/3.
   *
   * @param min lowest possible value
   * @param mode most likely value, min ≤ mode ≤ max
   * @param max highest possible value
   */
  record Triangular(double min, double mode, double max) implements Estimate {
    @Override
    public String kind() {
      return "triangular";
    }
  }

  /**
   * Normal distribution, truncated to the field's allowed range.
   *
   * @param mean centre (the mean before truncation)
   * @param sd standard deviation before truncation, ≥ 0 (0 is the fixed number {@code mean})
   */
  record Normal(double mean, double sd) implements Estimate {
    @Override
    public String kind() {
      return "normal";
    }
  }

  /**
   * Continuous uniform distribution on [min, max]: only the bounds are known.
   *
   * @param min lower bound
   * @param max upper bound, ≥ min
   */
  record Uniform(double min, double max) implements Estimate {
    @Override
    public String kind() {
      return "uniform";
    }
  }

  /**
   * Log-normal distribution parametrised by its median and the standard deviation of its natural
   * logarithm: X = median · exp(sigma · Z), Z standard normal, so ln X ~ N(ln median, sigma²). Its
   * mean is median · exp(sigma² / 2); sigma ≈ the coefficient of variation when it is small (sigma
   * 0.3 ≈ ±30%). Suited to positive, right-skewed amounts such as deal sizes and project costs.
   *
   * @param median the median, &gt; 0
   * @param sigma standard deviation of ln X, ≥ 0 (0 is the fixed number {@code median})
   */
  record LogNormal(double median, double sigma) implements Estimate {
    @Override
    public String kind() {
      return "lognormal";
    }
  }

  /** A fixed number. */
  static Estimate fixed(double value) {
    return new Fixed(value);
  }

  /** A triangular distribution. */
  static Estimate triangular(double min, double mode, double max) {
    return new Triangular(min, mode, max);
  }

  /** A normal distribution (truncated to the field's range when drawn). */
  static Estimate normal(double mean, double sd) {
    return new Normal(mean, sd);
  }

  /** A uniform distribution. */
  static Estimate uniform(double min, double max) {
    return new Uniform(min, max);
  }

  /** A log-normal distribution given its median and the standard deviation of its logarithm. */
  static Estimate lognormal(double median, double sigma) {
    return new LogNormal(median, sigma);
  }

  /**
   * The name of the {@code dist:} discriminator in a scenario file ("fixed" for a plain number).
   *
   * @return fixed, triangular, normal, uniform or lognormal
   */
  String kind();
}
