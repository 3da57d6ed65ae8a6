package dev.crmroi.core.businesscase;

/**
 * The closed range of values a field allows, [min, max]; infinite ends are open.
 *
 * @param min lowest allowed value, or negative infinity
 * @param max highest allowed value, or positive infinity
 */
record Range(double min, double max) {

  /** Counts and money amounts: [0, ∞). */
  static final Range NON_NEGATIVE = new Range(0, Double.POSITIVE_INFINITY);

  /** Fractions and probabilities: [0, 1]. */
  static final Range FRACTION = new Range(0, 1);

  /** Relative changes that cannot take a quantity below zero: [−1, ∞). */
  static final Range UPLIFT = new Range(-1, Double.POSITIVE_INFINITY);

  boolean contains(double value) {
    return value >= min && value <= max;
  }

  String describe() {
    if (max == Double.POSITIVE_INFINITY) {
      return "≥ " + Numbers.plain(min);
    }
    return "within [" + Numbers.plain(min) + ", " + Numbers.plain(max) + "]";
  }
}
