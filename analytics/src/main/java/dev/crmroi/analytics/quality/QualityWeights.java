package dev.crmroi.analytics.quality;

/**
 * How much each dimension counts in a table's score; the score is the weighted mean of the
 * dimensions a table has (freshness only applies to tables of dated events), so weights need not
 * sum to 1.
 *
 * @param completeness weight of completeness
 * @param validity weight of validity
 * @param uniqueness weight of uniqueness
 * @param consistency weight of consistency
 * @param freshness weight of freshness
 */
public record QualityWeights(
    double completeness, double validity, double uniqueness, double consistency, double freshness) {

  public QualityWeights {
    check("completeness", completeness);
    check("validity", validity);
    check("uniqueness", uniqueness);
    check("consistency", consistency);
    check("freshness", freshness);
    if (completeness + validity + uniqueness + consistency + freshness <= 0) {
      throw new IllegalArgumentException("quality weights must not all be 0");
    }
  }

  /**
   * The default weights: completeness 0.25, validity 0.25, uniqueness 0.20, consistency 0.20,
   * freshness 0.10. Validity and completeness decide whether a KPI can be computed at all;
   * duplicates and broken references distort it; staleness matters least for a historical ROI.
   */
  public static QualityWeights defaults() {
    return new QualityWeights(0.25, 0.25, 0.20, 0.20, 0.10);
  }

  /** The weight of {@code d}. */
  public double of(QualityDimension d) {
    return switch (d) {
      case COMPLETENESS -> completeness;
      case VALIDITY -> validity;
      case UNIQUENESS -> uniqueness;
      case CONSISTENCY -> consistency;
      case FRESHNESS -> freshness;
    };
  }

  private static void check(String name, double w) {
    if (!(w >= 0 && w <= 1000)) {
      throw new IllegalArgumentException(
          "quality weight " + name + " must be >= 0 and finite but was " + w);
    }
  }
}
