package dev.crmroi.cli;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;
import java.util.OptionalDouble;

/** How {@code calc} writes numbers in tables: money without decimals, ratios as percentages. */
final class CalcFormat {
  private CalcFormat() {}

  /** Money, grouped, no decimals: 1,234,568 or -12,000. */
  static String money(double value) {
    return Double.isFinite(value) ? String.format(Locale.ROOT, "%,.0f", value) : "n/a";
  }

  /** A ratio as a percentage with one decimal: 0.8745 as 87.5%. */
  static String percent(double ratio) {
    return Double.isFinite(ratio) ? String.format(Locale.ROOT, "%.1f%%", ratio * 100) : "n/a";
  }

  /** A probability as a whole percentage: 0.874 as 87%. */
  static String probability(double p) {
    return String.format(Locale.ROOT, "%.0f%%", p * 100);
  }

  /** Months with one decimal, or "never" when not within the horizon. */
  static String months(OptionalDouble months) {
    return months.isPresent() ? String.format(Locale.ROOT, "%.1f", months.getAsDouble()) : "never";
  }

  /** An input value: grouped without decimals from 1,000 up, else four significant digits. */
  static String value(double v) {
    if (!Double.isFinite(v)) {
      return Double.toString(v);
    }
    if (Math.abs(v) >= 1000) {
      return money(v);
    }
    return new BigDecimal(v).round(new MathContext(4)).stripTrailingZeros().toPlainString();
  }

  /** For JSON: the number, or null when absent. */
  static Double orNull(OptionalDouble value) {
    return value.isPresent() ? value.getAsDouble() : null;
  }
}
