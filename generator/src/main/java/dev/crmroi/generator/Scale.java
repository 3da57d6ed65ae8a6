package dev.crmroi.generator;

import java.util.Locale;

/** How big a synthetic CRM to generate; every volume in the model is proportional to it. */
public enum Scale {
  /** About 50 thousand rows in all tables together: unit tests and quick demos. */
  SMALL(1),
  /** About one million activities, the other tables in proportion. */
  MEDIUM(50),
  /** About ten million activities and half a million opportunities: benchmarks. */
  LARGE(500);

  private final int factor;

  Scale(int factor) {
    this.factor = factor;
  }

  /** How many times the SMALL volumes this scale generates. */
  public int factor() {
    return factor;
  }

  /** The scale with this name, ignoring case ({@code small}, {@code medium}, {@code large}). */
  public static Scale parse(String name) {
    for (Scale s : values()) {
      if (s.name().equalsIgnoreCase(name.trim())) {
        return s;
      }
    }
    throw new IllegalArgumentException("scale must be one of small, medium, large but was " + name);
  }

  /** The lower-case name used on the command line and in the truth file. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
