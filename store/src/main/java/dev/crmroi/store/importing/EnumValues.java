package dev.crmroi.store.importing;

import java.util.Locale;

/** The one normalisation of enum values, shared by profiles and the SQL that reads files. */
final class EnumValues {
  private EnumValues() {}

  /** Lower case, trimmed, spaces and hyphens as underscores: "Closed Won" becomes closed_won. */
  static String normalise(String value) {
    return value.trim().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
  }

  /** The same normalisation as an SQL expression over {@code expr}. */
  static String sql(String expr) {
    return "replace(replace(lower(" + expr + "), ' ', '_'), '-', '_')";
  }
}
