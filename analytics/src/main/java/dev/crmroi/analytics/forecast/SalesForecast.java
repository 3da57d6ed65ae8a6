package dev.crmroi.analytics.forecast;

import dev.crmroi.core.kpi.Period;
import dev.crmroi.store.SqlResource;
import dev.crmroi.store.Store;
import dev.crmroi.store.StoreException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Pipeline-weighted revenue forecast for a quarter, and how accurate such forecasts were.
 *
 * <p>Method. The canonical stage is only open, won or lost, so win probabilities are learned by age
 * and type instead of by sales stage. Past snapshots are rebuilt from created_at and closed_at: at
 * the first day t of every past quarter whose outcome is known (t + 3 months ≤ the forecast instant
 * and ≤ the last day of data), the opportunities then open (created before t, not closed before t)
 * are put in an age bucket (days since created: 0–29, 30–89, 90–179, 180–364, 365+) and by type,
 * and counted as won when stage = won and closed_at falls in [t, t + 3 months). A cell's win rate
 * is wins / opportunities over all snapshots; a cell without history takes its age bucket's rate
 * over all types, and a bucket without history the overall rate. The forecast for a quarter, made
 * at its first day T, is Σ amount × win rate over the opportunities open at T, plus the revenue of
 * deals created and won within a quarter (which no pipeline at its start holds), averaged over the
 * last four complete quarters (fewer at the start of the data). Only what was known at T is used,
 * so back-tests are honest, except that amount, type and stage are the records' current values (the
 * canonical tables keep no field history).
 *
 * <p>Accuracy: each past complete quarter is forecast as above at its first day and compared with
 * the revenue won in it; MAPE is the mean of |forecast − actual| / actual and bias the mean of
 * (forecast − actual) / actual, over quarters with revenue won.
 */
public final class SalesForecast {
  private final Store store;

  /** Forecasts over {@code store}'s opportunities. */
  public SalesForecast(Store store) {
    this.store = store;
  }

  /** The quarter after the one holding the last day of data; empty without opportunities. */
  public Optional<Period> nextQuarter() {
    return lastDay().map(d -> quarterOf(quarterStart(d).plusMonths(3)));
  }

  /**
   * The forecast for {@code quarter}, made at its first day; empty when no opportunity history
   * before it is known yet (no quarter ended before it).
   *
   * @throws IllegalArgumentException when {@code quarter} is not a calendar quarter
   */
  public Optional<Forecast> forecast(Period quarter) {
    if (quarter.kind() != Period.Kind.QUARTER) {
      throw new IllegalArgumentException(
          "a forecast needs a quarter such as 2025-Q1 but was " + quarter);
    }
    Optional<Span> span = span();
    if (span.isEmpty()) {
      return Optional.empty();
    }
    LocalDate first = quarterStart(span.get().first());
    LocalDate t = quarter.start();
    LocalDate knownUntil =
        t.isBefore(span.get().last().plusDays(1)) ? t : span.get().last().plusDays(1);
    LocalDate lastKnown = quarterStart(knownUntil.minusMonths(3));
    if (lastKnown.isBefore(first)) {
      return Optional.empty();
    }
    WinRates rates = history(first, lastKnown.plusDays(1));
    if (rates.isEmpty()) {
      return Optional.empty();
    }
    List<ForecastCell> cells = pipeline(t, rates);
    double pipeline = cells.stream().mapToDouble(ForecastCell::expected).sum();
    LocalDate from = lastKnown.minusMonths(9).isBefore(first) ? first : lastKnown.minusMonths(9);
    double inQuarter =
        inQuarter(from, lastKnown.plusDays(1)).stream()
            .mapToDouble(Double::doubleValue)
            .average()
            .orElse(0);
    return Optional.of(new Forecast(quarter, t, cells, pipeline, inQuarter, rates.history()));
  }

  /**
   * Back-tests of the (up to) {@code quarters} most recent complete quarters up to and including
   * {@code through}, oldest first; quarters without history to learn from are left out.
   */
  public Accuracy accuracy(Period through, int quarters) {
    if (quarters < 1) {
      throw new IllegalArgumentException("quarters must be ≥ 1 but was " + quarters);
    }
    Optional<LocalDate> last = lastDay();
    List<QuarterAccuracy> out = new ArrayList<>();
    if (last.isEmpty()) {
      return new Accuracy(out);
    }
    LocalDate q = quarterStart(through.end());
    while (q.plusMonths(3).minusDays(1).isAfter(last.get())) {
      q = q.minusMonths(3);
    }
    for (int i = 0; i < quarters; i++, q = q.minusMonths(3)) {
      Period quarter = quarterOf(q);
      Optional<Forecast> f = forecast(quarter);
      if (f.isEmpty()) {
        break;
      }
      out.add(0, new QuarterAccuracy(quarter, f.get().total(), won(quarter)));
    }
    return new Accuracy(out);
  }

  private List<ForecastCell> pipeline(LocalDate t, WinRates rates) {
    List<ForecastCell> cells = new ArrayList<>();
    query(
        "pipeline.sql",
        List.of(t.toString()),
        r -> {
          String bucket = r.getString("age_bucket");
          String type = r.getString("type");
          WinRate rate = rates.of(bucket, type).orElseThrow();
          double amount = r.getDouble("amount");
          cells.add(
              new ForecastCell(
                  bucket, type, r.getLong("n"), amount, rate, amount * rate.probability()));
        });
    return cells;
  }

  private WinRates history(LocalDate from, LocalDate until) {
    WinRates rates = new WinRates();
    query(
        "history.sql",
        List.of(from.toString(), until.toString()),
        r ->
            rates.add(
                r.getString("age_bucket"), r.getString("type"), r.getLong("n"), r.getLong("wins")));
    return rates;
  }

  private List<Double> inQuarter(LocalDate from, LocalDate until) {
    List<Double> revenue = new ArrayList<>();
    query(
        "in_quarter.sql",
        List.of(from.toString(), until.toString()),
        r -> revenue.add(r.getDouble("revenue")));
    return revenue;
  }

  private double won(Period quarter) {
    double[] won = new double[1];
    query(
        "span.sql",
        List.of(quarter.start().toString(), quarter.endExclusive().toString()),
        r -> won[0] = r.getDouble("won"));
    return won[0];
  }

  private Optional<LocalDate> lastDay() {
    return span().map(Span::last);
  }

  private Optional<Span> span() {
    List<Span> span = new ArrayList<>();
    query(
        "span.sql",
        List.of("1970-01-01", "1970-01-01"),
        r -> {
          if (r.getString("first_day") != null) {
            span.add(
                new Span(
                    LocalDate.parse(r.getString("first_day")),
                    LocalDate.parse(r.getString("last_day"))));
          }
        });
    return span.stream().findFirst();
  }

  /** The first and last day of the opportunity history. */
  private record Span(LocalDate first, LocalDate last) {}

  /** Reads one row of a result. */
  private interface RowReader {
    void read(ResultSet r) throws SQLException;
  }

  private void query(String resource, List<String> params, RowReader reader) {
    String sql =
        SqlResource.render(
            SalesForecast.class,
            resource,
            Map.of("open_at", SqlResource.text(SalesForecast.class, "open_at.sql")));
    try (PreparedStatement s = store.connection().prepareStatement(sql)) {
      for (int i = 0; i < params.size(); i++) {
        s.setString(i + 1, params.get(i));
      }
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          reader.read(r);
        }
      }
    } catch (SQLException e) {
      throw new StoreException("the sales forecast failed in the store: " + e.getMessage(), e);
    }
  }

  private static LocalDate quarterStart(LocalDate d) {
    return LocalDate.of(d.getYear(), 3 * ((d.getMonthValue() - 1) / 3) + 1, 1);
  }

  private static Period quarterOf(LocalDate start) {
    return Period.quarter(start.getYear(), (start.getMonthValue() + 2) / 3);
  }
}
