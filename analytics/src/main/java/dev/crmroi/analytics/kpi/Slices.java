package dev.crmroi.analytics.kpi;

import dev.crmroi.core.kpi.Dimension;

/**
 * The SQL expression of a slice over a fact row {@code f} joined to its account {@code a} and its
 * owning or handling user {@code u}; missing values become {@code unassigned}.
 */
final class Slices {
  private Slices() {}

  static String expression(Dimension d) {
    return switch (d) {
      case NONE -> "'" + Dimension.ALL + "'";
      case REGION -> orUnassigned("CASE WHEN f.account_id IS NULL THEN u.region ELSE a.region END");
      case SEGMENT -> orUnassigned("a.segment");
      case TEAM -> orUnassigned("u.team");
      case OWNER -> orUnassigned("f.user_id");
      case PRODUCT_LINE -> orUnassigned("f.product_line");
      case CHANNEL -> orUnassigned("f.channel");
    };
  }

  private static String orUnassigned(String sql) {
    return "coalesce(nullif(trim(" + sql + "), ''), '" + Dimension.UNASSIGNED + "')";
  }
}
