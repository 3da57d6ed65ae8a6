package dev.crmroi.core.kpi;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What a KPI can be sliced by (design: metrics.md). {@link #NONE} gives one slice, {@code all}. */
public enum Dimension {
  NONE,
  REGION,
  TEAM,
  OWNER,
  SEGMENT,
  PRODUCT_LINE,
  CHANNEL;

  /** The slice name of records with no value for the dimension. */
  public static final String UNASSIGNED = "unassigned";

  /** The slice name when nothing is sliced. */
  public static final String ALL = "all";

  /** The name users type: {@code region}, {@code product_line}, … */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The dimension named {@code key}.
   *
   * @throws IllegalArgumentException listing the allowed names when {@code key} is none of them
   */
  public static Dimension of(String key) {
    for (Dimension d : values()) {
      if (d != NONE && d.key().equals(key.strip().toLowerCase(Locale.ROOT))) {
        return d;
      }
    }
    throw new IllegalArgumentException(
        "dimension '"
            + key
            + "' must be one of "
            + Arrays.stream(values())
                .filter(d -> d != NONE)
                .map(Dimension::key)
                .collect(Collectors.joining(", ")));
  }
}
