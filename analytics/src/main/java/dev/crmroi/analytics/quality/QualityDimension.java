package dev.crmroi.analytics.quality;

import java.util.Locale;

/** The five aspects of data quality the audit scores (design: metrics.md, data_quality_score). */
public enum QualityDimension {
  /** Required and recommended fields are filled. */
  COMPLETENESS,
  /** Values are well formed and plausible: dates in range and order, known codes, sane amounts. */
  VALIDITY,
  /** Each real-world thing is one record: no repeated ids, no exact or fuzzy duplicates. */
  UNIQUENESS,
  /** Records agree with each other: references resolve, stages match their dates and amounts. */
  CONSISTENCY,
  /** Tables are up to date and have no months without activity. */
  FRESHNESS;

  /** The lower-case name used in SQL, JSON and exported files. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The dimension with this lower-case label. */
  public static QualityDimension of(String label) {
    return valueOf(label.toUpperCase(Locale.ROOT));
  }
}
