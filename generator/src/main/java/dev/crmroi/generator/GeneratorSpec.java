package dev.crmroi.generator;

import java.util.Objects;

/**
 * What to generate.
 *
 * @param seed the random seed; the same spec always gives byte-identical files
 * @param scale how much data
 * @param effectScale multiplies every injected CRM effect: 1 is the default demo, 0 means the CRM
 *     had no effect at all (estimators should then find none)
 * @param dirt whether to inject recorded data-quality problems (duplicates, gaps, bad values)
 */
public record GeneratorSpec(long seed, Scale scale, double effectScale, boolean dirt) {

  public GeneratorSpec {
    Objects.requireNonNull(scale, "scale");
    if (!(effectScale >= 0 && effectScale <= 5)) {
      throw new IllegalArgumentException("effect scale must be in [0, 5] but was " + effectScale);
    }
  }

  /** The default demo: small scale, full effect, with dirt. */
  public static GeneratorSpec defaults(long seed) {
    return new GeneratorSpec(seed, Scale.SMALL, 1.0, true);
  }

  /** This spec at another scale. */
  public GeneratorSpec withScale(Scale newScale) {
    return new GeneratorSpec(seed, newScale, effectScale, dirt);
  }

  /** This spec with another effect scale. */
  public GeneratorSpec withEffectScale(double newEffectScale) {
    return new GeneratorSpec(seed, scale, newEffectScale, dirt);
  }

  /** This spec with dirt switched on or off. */
  public GeneratorSpec withDirt(boolean newDirt) {
    return new GeneratorSpec(seed, scale, effectScale, newDirt);
  }
}
