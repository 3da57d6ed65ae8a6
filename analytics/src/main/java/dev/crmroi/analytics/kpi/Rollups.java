package dev.crmroi.analytics.kpi;

import dev.crmroi.core.kpi.Dimension;
import dev.crmroi.store.SqlResource;
import dev.crmroi.store.Store;
import dev.crmroi.store.StoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Materialised monthly aggregates of the KPIs whose value is additive by month, so that a period of
 * whole months is answered from small tables instead of the raw rows, with the same result.
 *
 * <p>A KPI is rolled up when every fact behind it belongs to exactly one month and the value is a
 * sum, a count, or a ratio of sums (and its share extra a ratio of counts): then the facts of a
 * period of whole months are the union of its months' facts, and Σ num, Σ den, n and Σ flag / n
 * over the months equal those over the period. That holds for event-dated facts (won or closed in,
 * created in, opened or resolved in, answered in, issued in, charged in) and for spend prorated by
 * day (the days of a period are the sum of its months' days). It does not hold for stocks at a
 * period's start or end ({@code pipeline_value}, {@code active_customers}, {@code churn_rate},
 * {@code retention_rate}, {@code revenue_churn}, {@code net_revenue_retention}), for distinct users
 * active in a period ({@code activities_per_rep}, {@code cases_per_agent}, {@code adoption_rate},
 * {@code logins_per_user}: a user active in three months counts once in the quarter), for medians
 * ({@code time_to_first_contact_hours}, {@code first_response_hours}, and the median extra of
 * {@code sales_cycle_days} and {@code avg_resolution_hours}), nor for {@code sales_growth}, which
 * compares with the previous period; those are always computed from rows.
 */
public final class Rollups {
  /** The rolled-up KPIs, in catalogue order. */
  public static final Set<String> KPIS =
      Set.of(
          "revenue_won",
          "win_rate",
          "avg_deal_size",
          "upsell_cross_sell_revenue",
          "calls_to_sales",
          "leads_created",
          "lead_conversion_rate",
          "cost_per_lead",
          "campaign_conversion_rate",
          "cac",
          "csat",
          "nps",
          "tickets_opened",
          "tickets_resolved",
          "same_day_resolution_rate",
          "avg_handle_time_min",
          "reopen_rate",
          "activity_logging_rate",
          "crm_user_satisfaction",
          "gross_profit",
          "profit_margin",
          "tco");

  private Rollups() {}

  /**
   * What a refresh built.
   *
   * @param firstMonth the first month covered, empty when the store holds no dated fact
   * @param lastMonth the last month covered
   * @param kpis how many KPIs were rolled up
   * @param rows rows written to {@code kpi_rollups}
   */
  public record Summary(
      Optional<YearMonth> firstMonth, Optional<YearMonth> lastMonth, int kpis, long rows) {}

  /**
   * Rebuilds the rollups of every rolled-up KPI of {@code registry} from the store's rows, in one
   * transaction. Called after every import; {@code grossMargin} must be the one the engine uses
   * (rollups built with another margin are not read).
   */
  public static Summary refresh(Store store, KpiRegistry registry, double grossMargin) {
    return refresh(store, registry, grossMargin, (kpi, elapsed) -> {});
  }

  /**
   * As {@link #refresh(Store, KpiRegistry, double)}, telling {@code timings} how long each KPI's
   * rollup took (for {@code import --timings}).
   */
  public static Summary refresh(
      Store store, KpiRegistry registry, double grossMargin, BiConsumer<String, Duration> timings) {
    Connection c = store.connection();
    try {
      boolean auto = c.getAutoCommit();
      c.setAutoCommit(false);
      try {
        Summary s = rebuild(store, registry, grossMargin, timings);
        c.commit();
        return s;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(auto);
      }
    } catch (SQLException e) {
      throw new StoreException("cannot refresh the KPI rollups: " + e.getMessage(), e);
    }
  }

  private static Summary rebuild(
      Store store, KpiRegistry registry, double grossMargin, BiConsumer<String, Duration> timings)
      throws SQLException {
    Connection c = store.connection();
    try (Statement s = c.createStatement()) {
      s.execute(SqlResource.text(Rollups.class, "rollup/tables.sql"));
    }
    Optional<Span> span = span(c);
    FactsQuery facts = new FactsQuery(store, grossMargin);
    long rows = 0;
    int kpis = 0;
    if (span.isPresent()) {
      for (KpiDefinition def : registry.all()) {
        if (KPIS.contains(def.id()) && def.implemented()) {
          long start = System.nanoTime();
          rows += insert(c, def, facts.facts(def), span.get());
          timings.accept(def.id(), Duration.ofNanos(System.nanoTime() - start));
          kpis++;
        }
      }
    }
    try (PreparedStatement p =
        c.prepareStatement("INSERT INTO kpi_rollup_state VALUES (?, ?, ?, ?, now())")) {
      p.setString(1, span.map(m -> m.first().atDay(1).toString()).orElse(null));
      p.setString(2, span.map(m -> m.last().atDay(1).toString()).orElse(null));
      p.setDouble(3, grossMargin);
      p.setString(4, RollupQuery.fingerprint(c));
      p.executeUpdate();
    }
    return new Summary(span.map(Span::first), span.map(Span::last), kpis, rows);
  }

  private static long insert(Connection c, KpiDefinition def, String facts, Span span)
      throws SQLException {
    List<Dimension> dims = new ArrayList<>();
    dims.add(Dimension.NONE);
    for (Dimension d : Dimension.values()) {
      if (d != Dimension.NONE && def.slicesBy(d)) {
        dims.add(d);
      }
    }
    List<String> columns = new ArrayList<>();
    List<String> branches = new ArrayList<>();
    for (Dimension d : dims) {
      String column = "s_" + d.key();
      columns.add(Slices.expression(d) + " AS " + column);
      branches.add(
          SqlResource.render(
              Rollups.class,
              "rollup/branch.sql",
              Map.of(
                  "kpi", SqlResource.literal(def.id()),
                  "dimension", SqlResource.literal(d.key()),
                  "column", column)));
    }
    String sql =
        SqlResource.render(
            Rollups.class,
            "rollup/insert.sql",
            Map.of(
                "facts", facts,
                "slices", String.join(", ", columns),
                "branches", String.join("UNION ALL\n", branches)));
    try (PreparedStatement p = c.prepareStatement(sql)) {
      p.setString(1, span.first().atDay(1).toString());
      p.setString(2, span.last().plusMonths(1).atDay(1).toString());
      return p.executeUpdate();
    } catch (SQLException e) {
      throw new StoreException("rollup of " + def.id() + " failed: " + e.getMessage(), e);
    }
  }

  private static Optional<Span> span(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery(SqlResource.text(Rollups.class, "rollup/span.sql"))) {
      r.next();
      String first = r.getString("first_month");
      String last = r.getString("last_month");
      if (first == null || last == null) {
        return Optional.empty();
      }
      return Optional.of(
          new Span(YearMonth.from(LocalDate.parse(first)), YearMonth.from(LocalDate.parse(last))));
    }
  }

  /** The months a refresh covers, both included. */
  private record Span(YearMonth first, YearMonth last) {}
}
