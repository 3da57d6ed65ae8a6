package dev.crmroi.analytics.quality;

import static dev.crmroi.store.SqlResource.ident;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How up to date each table of dated events is. Freshness is measured against the store's newest
 * record rather than today, so an export analysed months later is not called stale as a whole; what
 * is flagged is a table that lags the others, or months without any record.
 */
final class Freshness {
  /** The tables that are streams of dated events, and the column that dates each event. */
  static final Map<String, String> EVENT_DATES = eventDates();

  /**
   * The freshness of one table.
   *
   * @param firstDay the oldest record day
   * @param lastDay the newest record day
   * @param monthsWithRecords calendar months that hold at least one record
   */
  record Stats(LocalDate firstDay, LocalDate lastDay, long monthsWithRecords) {
    /** Months between the first and the last month (both included) that hold no record. */
    long gapMonths() {
      long span =
          ChronoUnit.MONTHS.between(firstDay.withDayOfMonth(1), lastDay.withDayOfMonth(1)) + 1;
      return Math.max(0, span - monthsWithRecords);
    }

    /** Months from the first to the last month, both included. */
    long spanMonths() {
      return ChronoUnit.MONTHS.between(firstDay.withDayOfMonth(1), lastDay.withDayOfMonth(1)) + 1;
    }
  }

  private Freshness() {}

  /** The stats of {@code table} up to {@code today}, if it is an event table with dated rows. */
  static Optional<Stats> of(Sql sql, String table, LocalDate today) {
    String column = EVENT_DATES.get(table);
    if (column == null) {
      return Optional.empty();
    }
    Map<String, String> values =
        Map.of("table", ident(table), "column", ident(column), "today", "DATE '" + today + "'");
    List<Optional<Stats>> rows =
        sql.query(
            "freshness.sql",
            values,
            r -> {
              java.sql.Date last = r.getDate("last_day");
              if (last == null) {
                return Optional.<Stats>empty();
              }
              return Optional.of(
                  new Stats(
                      r.getDate("first_day").toLocalDate(),
                      last.toLocalDate(),
                      r.getLong("months")));
            });
    return rows.get(0);
  }

  private static Map<String, String> eventDates() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("user_logins", "at");
    m.put("leads", "created_at");
    m.put("opportunities", "created_at");
    m.put("activities", "occurred_at");
    m.put("touches", "occurred_at");
    m.put("tickets", "opened_at");
    m.put("surveys", "answered_at");
    m.put("invoices", "issued_on");
    return Map.copyOf(m);
  }
}
