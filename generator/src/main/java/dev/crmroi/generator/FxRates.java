package dev.crmroi.generator;

import java.time.YearMonth;
import java.util.SplittableRandom;

/**
 * Monthly exchange rates (USD per unit of EUR and GBP) from 2019 to the end of the history, as a
 * seeded random walk around realistic levels. Rates are fixed to four decimals, the precision
 * written to {@code fx_rates.csv}, so converting back with the file gives the model's values.
 */
final class FxRates {

  static final YearMonth FIRST = YearMonth.of(2019, 1);
  static final String[] CURRENCIES = {"EUR", "GBP"};
  private static final double[] START = {1.1450, 1.2750};

  private final long[][] tenThousandths;
  private final int months;

  FxRates(Randoms randoms) {
    months = (int) FIRST.until(Timeline.LAST_MONTH, java.time.temporal.ChronoUnit.MONTHS) + 1;
    tenThousandths = new long[CURRENCIES.length][months];
    for (int c = 0; c < CURRENCIES.length; c++) {
      SplittableRandom rng = randoms.cell(Streams.FX, c, 0);
      double rate = START[c];
      for (int m = 0; m < months; m++) {
        tenThousandths[c][m] = Math.round(rate * 10_000);
        // Mean-reverting walk: realistic month-to-month moves without drifting to absurd levels.
        rate *= Math.exp(0.012 * rng.nextGaussian() - 0.05 * Math.log(rate / START[c]));
      }
    }
  }

  /** USD per one unit of {@code currency} in the month holding {@code epochDay}. */
  double usdPer(String currency, long epochDay) {
    if ("USD".equals(currency)) {
      return 1.0;
    }
    int c = "EUR".equals(currency) ? 0 : 1;
    YearMonth month = YearMonth.from(java.time.LocalDate.ofEpochDay(epochDay));
    int m =
        (int)
            Math.max(
                0, Math.min(months - 1, FIRST.until(month, java.time.temporal.ChronoUnit.MONTHS)));
    return tenThousandths[c][m] / 10_000.0;
  }

  /** USD per unit of {@code currency} in history month {@code monthIndex}. */
  double usdPerInMonth(String currency, int monthIndex) {
    return usdPer(currency, Timeline.monthStartDay(monthIndex));
  }

  /** Cents of {@code currency} worth {@code usd} dollars at that day's rate. */
  long toLocalCents(double usd, String currency, long epochDay) {
    return Math.round(usd / usdPer(currency, epochDay) * 100);
  }

  void write(Export export) {
    CsvSink sink = export.fxRates;
    for (int m = 0; m < months; m++) {
      long day = FIRST.plusMonths(m).atDay(1).toEpochDay();
      for (int c = 0; c < CURRENCIES.length; c++) {
        long v = tenThousandths[c][m];
        sink.date(day).text(CURRENCIES[c]).text(v / 10_000 + "." + pad4(v % 10_000));
        sink.endRow();
      }
    }
  }

  private static String pad4(long v) {
    String s = Long.toString(v);
    return "0000".substring(s.length()) + s;
  }
}
