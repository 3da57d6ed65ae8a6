package dev.crmroi.generator;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The generated history's calendar: 48 months from January 2022, with the month-of-year seasonality
 * and the market trend every volume follows.
 */
final class Timeline {

  static final YearMonth FIRST_MONTH = YearMonth.of(2022, 1);
  static final int MONTHS = 48;
  static final YearMonth LAST_MONTH = FIRST_MONTH.plusMonths(MONTHS - 1);
  static final long END_EPOCH_DAY = LAST_MONTH.atEndOfMonth().toEpochDay();
  static final long END_EPOCH_SECOND = (END_EPOCH_DAY + 1) * 86_400L - 1;

  /** B2B buying: a slow summer, quarter ends busier, a strong year-end Q4. */
  private static final double[] SEASON = {
    0.86, 0.92, 1.06, 0.94, 0.96, 1.04, 0.84, 0.84, 1.02, 1.04, 1.12, 1.36
  };

  /** Market growth of about 9% a year, which a naive before/after credits to the CRM. */
  private static final double TREND_PER_MONTH = 0.0075;

  private static final long CACHE_FIRST_DAY = LocalDate.of(2010, 1, 1).toEpochDay();
  private static final byte[][] DATE_CACHE = dateCache();

  private static final long[] MONTH_START_DAY = monthStarts();

  private Timeline() {}

  static YearMonth month(int index) {
    return FIRST_MONTH.plusMonths(index);
  }

  static int indexOf(YearMonth month) {
    return (int) (FIRST_MONTH.until(month, java.time.temporal.ChronoUnit.MONTHS));
  }

  static long monthStartDay(int index) {
    return MONTH_START_DAY[index];
  }

  static int daysIn(int index) {
    return (int) (MONTH_START_DAY[index + 1] - MONTH_START_DAY[index]);
  }

  static long monthStartSecond(int index) {
    return MONTH_START_DAY[index] * 86_400L;
  }

  /** The month index holding this epoch day; below 0 before the history, ≥ MONTHS after it. */
  static int monthOfDay(long epochDay) {
    if (epochDay < MONTH_START_DAY[0]) {
      return -1;
    }
    int lo = 0;
    int hi = MONTHS;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (MONTH_START_DAY[mid] <= epochDay) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }

  static double season(int index) {
    return SEASON[(FIRST_MONTH.getMonthValue() - 1 + index) % 12];
  }

  static double trend(int index) {
    return 1.0 + TREND_PER_MONTH * index;
  }

  /** The timestamp text {@link CsvSink#timestamp} writes, for rows built as strings. */
  static String stamp(long epochSecond) {
    long day = Math.floorDiv(epochSecond, 86_400L);
    int sec = (int) (epochSecond - day * 86_400L);
    return new String(dateBytes(day), StandardCharsets.US_ASCII)
        + 'T'
        + two(sec / 3600)
        + ':'
        + two(sec / 60 % 60)
        + ':'
        + two(sec % 60)
        + 'Z';
  }

  private static String two(int v) {
    return v < 10 ? "0" + v : Integer.toString(v);
  }

  static byte[] dateBytes(long epochDay) {
    int i = (int) (epochDay - CACHE_FIRST_DAY);
    if (i >= 0 && i < DATE_CACHE.length) {
      return DATE_CACHE[i];
    }
    return LocalDate.ofEpochDay(epochDay).toString().getBytes(StandardCharsets.US_ASCII);
  }

  private static byte[][] dateCache() {
    int days = (int) (LocalDate.of(2031, 1, 1).toEpochDay() - CACHE_FIRST_DAY);
    byte[][] cache = new byte[days][];
    for (int i = 0; i < days; i++) {
      cache[i] =
          LocalDate.ofEpochDay(CACHE_FIRST_DAY + i).toString().getBytes(StandardCharsets.US_ASCII);
    }
    return cache;
  }

  private static long[] monthStarts() {
    long[] starts = new long[MONTHS + 1];
    for (int i = 0; i <= MONTHS; i++) {
      starts[i] = FIRST_MONTH.plusMonths(i).atDay(1).toEpochDay();
    }
    return starts;
  }
}
