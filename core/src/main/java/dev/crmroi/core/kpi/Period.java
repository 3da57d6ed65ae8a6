package dev.crmroi.core.kpi;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period: a calendar year, quarter or month, or an explicit range of days. Bounds are
 * inclusive days; SQL uses {@link #start()} inclusive and {@link #endExclusive()} exclusive.
 *
 * @param kind what sort of period it is, which decides its label and its previous period
 * @param start first day
 * @param end last day (inclusive)
 */
public record Period(Kind kind, LocalDate start, LocalDate end) {
  private static final Pattern YEAR = Pattern.compile("(\\d{4})");
  private static final Pattern QUARTER = Pattern.compile("(\\d{4})-[Qq]([1-4])");
  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern RANGE =
      Pattern.compile("(\\d{4}-\\d{2}-\\d{2})\\.\\.(\\d{4}-\\d{2}-\\d{2})");

  /** The sorts of period. */
  public enum Kind {
    YEAR,
    QUARTER,
    MONTH,
    RANGE
  }

  public Period {
    if (end.isBefore(start)) {
      throw new IllegalArgumentException(
          "period end " + end + " must not be before its start " + start);
    }
  }

  /**
   * Parses {@code 2024}, {@code 2024-Q1}, {@code 2024-03} or {@code 2024-01-01..2024-06-30}.
   *
   * @throws IllegalArgumentException naming the text when it is none of these
   */
  public static Period parse(String text) {
    String t = text.strip();
    try {
      Matcher m;
      if ((m = YEAR.matcher(t)).matches()) {
        return year(Integer.parseInt(m.group(1)));
      }
      if ((m = QUARTER.matcher(t)).matches()) {
        return quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
      }
      if ((m = MONTH.matcher(t)).matches()) {
        return month(YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
      }
      if ((m = RANGE.matcher(t)).matches()) {
        return range(LocalDate.parse(m.group(1)), LocalDate.parse(m.group(2)));
      }
    } catch (java.time.DateTimeException e) {
      throw new IllegalArgumentException(
          "period '" + text + "' is not a valid date: " + e.getMessage());
    }
    throw new IllegalArgumentException(
        "period '" + text + "' must be 2024, 2024-Q1, 2024-03 or 2024-01-01..2024-06-30");
  }

  /** The calendar year {@code year}. */
  public static Period year(int year) {
    return new Period(Kind.YEAR, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
  }

  /** Quarter {@code q} (1–4) of {@code year}. */
  public static Period quarter(int year, int q) {
    LocalDate start = LocalDate.of(year, 3 * (q - 1) + 1, 1);
    return new Period(Kind.QUARTER, start, start.plusMonths(3).minusDays(1));
  }

  /** The calendar month {@code month}. */
  public static Period month(YearMonth month) {
    return new Period(Kind.MONTH, month.atDay(1), month.atEndOfMonth());
  }

  /** The days {@code start} to {@code end}, both included. */
  public static Period range(LocalDate start, LocalDate end) {
    return new Period(Kind.RANGE, start, end);
  }

  /** The day after the last day: the exclusive upper bound used in queries. */
  public LocalDate endExclusive() {
    return end.plusDays(1);
  }

  /** Number of days in the period. */
  public long days() {
    return ChronoUnit.DAYS.between(start, endExclusive());
  }

  /** The period of the same kind and length just before this one. */
  public Period previous() {
    return switch (kind) {
      case YEAR -> year(start.getYear() - 1);
      case QUARTER -> shiftedMonths(-3);
      case MONTH -> month(YearMonth.from(start).minusMonths(1));
      case RANGE -> range(start.minusDays(days()), start.minusDays(1));
    };
  }

  /** The same period one year earlier. */
  public Period yearEarlier() {
    return switch (kind) {
      case YEAR, QUARTER -> shiftedMonths(-12);
      case MONTH -> month(YearMonth.from(start).minusYears(1));
      case RANGE -> range(start.minusYears(1), end.minusYears(1));
    };
  }

  /** The calendar months the period touches, each clipped to the period. */
  public List<Period> months() {
    List<Period> out = new ArrayList<>();
    for (YearMonth m = YearMonth.from(start); !m.atDay(1).isAfter(end); m = m.plusMonths(1)) {
      LocalDate s = m.atDay(1).isBefore(start) ? start : m.atDay(1);
      LocalDate e = m.atEndOfMonth().isAfter(end) ? end : m.atEndOfMonth();
      out.add(s.equals(m.atDay(1)) && e.equals(m.atEndOfMonth()) ? month(m) : range(s, e));
    }
    return out;
  }

  private Period shiftedMonths(int months) {
    LocalDate s = start.plusMonths(months);
    return new Period(kind, s, s.plusMonths(kind == Kind.YEAR ? 12 : 3).minusDays(1));
  }

  /** The label users type: {@code 2024}, {@code 2024-Q1}, {@code 2024-03} or a range. */
  @Override
  public String toString() {
    return switch (kind) {
      case YEAR -> Integer.toString(start.getYear());
      case QUARTER -> start.getYear() + "-Q" + (start.getMonthValue() + 2) / 3;
      case MONTH -> YearMonth.from(start).toString();
      case RANGE -> start + ".." + end;
    };
  }
}
