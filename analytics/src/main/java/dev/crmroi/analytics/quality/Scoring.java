package dev.crmroi.analytics.quality;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The arithmetic of the quality score. A dimension's score is 100 × exp(−{@value #SEVERITY} × bad /
 * checked): each 1% of records with a problem costs about 18 points, 5% leaves 37, 10% leaves 14. A
 * linear 100 × (1 − share) would score data with 1 bad record in 200 at 99.5, which tells a user
 * nothing; problems that small still mislead a KPI. A table's score is the weighted mean of the
 * dimensions it has; the overall score is the plain mean of the table scores, so a small dirty
 * table weighs as much as a large clean one.
 */
final class Scoring {
  /** Up to this many days behind the store's newest record a table is fully fresh. */
  static final int FRESH_DAYS = 31;

  /** At this many days behind (and beyond) a table's lag alone makes it score 0 freshness. */
  static final int STALE_DAYS = 365;

  /** How steeply a dimension's score falls with the share of records that have a problem. */
  static final double SEVERITY = 20;

  private Scoring() {}

  /** 100 × exp(−SEVERITY × bad / checked); 100 when nothing was checked. */
  static double share(long bad, long checked) {
    if (checked <= 0) {
      return 100;
    }
    return 100 * Math.exp(-SEVERITY * Math.min(1.0, Math.max(0, bad) / (double) checked));
  }

  /**
   * Freshness: full up to {@link #FRESH_DAYS} behind, falling linearly to 0 at {@link #STALE_DAYS},
   * times the share of months between the first and last that hold records.
   */
  static double freshness(long lagDays, long gapMonths, long spanMonths) {
    double lag =
        lagDays <= FRESH_DAYS
            ? 1
            : Math.max(0, 1 - (lagDays - FRESH_DAYS) / (double) (STALE_DAYS - FRESH_DAYS));
    double gaps = spanMonths <= 0 ? 1 : 1 - Math.min(1.0, gapMonths / (double) spanMonths);
    return 100 * lag * gaps;
  }

  /** The weighted mean of the dimensions present in {@code scores}. */
  static double weighted(Map<QualityDimension, Double> scores, QualityWeights weights) {
    double sum = 0;
    double weight = 0;
    for (Map.Entry<QualityDimension, Double> e : scores.entrySet()) {
      double w = weights.of(e.getKey());
      sum += w * e.getValue();
      weight += w;
    }
    return weight == 0 ? 100 : sum / weight;
  }

  /** The mean of the table scores; 100 for an empty store, which has nothing wrong in it. */
  static double overall(List<Double> tableScores) {
    return tableScores.stream().mapToDouble(Double::doubleValue).average().orElse(100);
  }

  /** A fresh map for dimension scores, in dimension order. */
  static Map<QualityDimension, Double> scores() {
    return new EnumMap<>(QualityDimension.class);
  }
}
