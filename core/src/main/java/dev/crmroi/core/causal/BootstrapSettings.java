package dev.crmroi.core.causal;

/**
 * How many bootstrap replicates to draw and from which seed; the same seed and data always give the
 * same intervals.
 *
 * @param replicates number of replicates, at least 99 (default 999)
 * @param seed seed of the {@link java.util.SplittableRandom} that drives every draw
 */
public record BootstrapSettings(int replicates, long seed) {

  /** Default number of replicates, as in design/roi-method.md. */
  public static final int DEFAULT_REPLICATES = 999;

  /** Checks the replicate count. */
  public BootstrapSettings {
    if (replicates < 99) {
      throw new EstimationException("bootstrap replicates must be >= 99 but was " + replicates);
    }
  }

  /** 999 replicates from {@code seed}. */
  public static BootstrapSettings seeded(long seed) {
    return new BootstrapSettings(DEFAULT_REPLICATES, seed);
  }
}
