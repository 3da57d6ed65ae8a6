package dev.crmroi.generator;

import java.util.SplittableRandom;

/**
 * Independent random streams per (table, unit, month) cell, derived from the seed. Separate cells
 * keep a run with and without the CRM effect on common random numbers: a change in one cell cannot
 * shift the draws of another.
 */
final class Randoms {

  private final long seed;

  Randoms(long seed) {
    this.seed = seed;
  }

  SplittableRandom cell(int stream, int unit, int month) {
    long h = seed * 0x9E3779B97F4A7C15L;
    h = mix(h ^ stream);
    h = mix(h ^ (unit + 1L) * 0xBF58476D1CE4E5B9L);
    h = mix(h ^ (month + 7L) * 0x94D049BB133111EBL);
    return new SplittableRandom(h);
  }

  /** Poisson draw; normal approximation for large means, where it is indistinguishable. */
  static int poisson(SplittableRandom rng, double mean) {
    if (mean <= 0) {
      return 0;
    }
    if (mean > 40) {
      return (int) Math.max(0, Math.round(mean + Math.sqrt(mean) * rng.nextGaussian()));
    }
    double limit = Math.exp(-mean);
    double p = rng.nextDouble();
    int k = 0;
    while (p > limit) {
      p *= rng.nextDouble();
      k++;
    }
    return k;
  }

  /** A log-normal multiplier with mean exactly 1, so expectations stay at the base value. */
  static double lognormalOne(SplittableRandom rng, double sigma) {
    return Math.exp(sigma * rng.nextGaussian() - sigma * sigma / 2);
  }

  static <T> T pick(SplittableRandom rng, T[] values) {
    return values[rng.nextInt(values.length)];
  }

  /** Index drawn from cumulative weights (ascending, last = 1). */
  static int pick(SplittableRandom rng, double[] cumulative) {
    double u = rng.nextDouble();
    for (int i = 0; i < cumulative.length - 1; i++) {
      if (u < cumulative[i]) {
        return i;
      }
    }
    return cumulative.length - 1;
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
