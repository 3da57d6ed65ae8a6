package dev.crmroi.core.businesscase;

import java.math.BigDecimal;
import java.util.Locale;

/** Number formatting for messages and reasons: plain digits, no exponent, no locale surprises. */
final class Numbers {

  private Numbers() {}

  /** A double without trailing zeros or exponent: 3, -3, 0.05, 1.5E-7 as 0.00000015. */
  static String plain(double value) {
    if (!Double.isFinite(value)) {
      return Double.toString(value);
    }
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
  }

  /** Money for sentences: grouped, no decimals, for example 1,234,568 or -12,000. */
  static String money(double value) {
    return String.format(Locale.ROOT, "%,.0f", value);
  }

  /** A ratio as a percentage with no decimals: 0.874 as 87%. */
  static String percent(double ratio) {
    return String.format(Locale.ROOT, "%.0f%%", ratio * 100);
  }
}
