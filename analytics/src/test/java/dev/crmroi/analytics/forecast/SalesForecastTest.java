package dev.crmroi.analytics.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.crmroi.core.config.CrmRoiConfig.DuckDbSettings;
import dev.crmroi.core.kpi.Period;
import dev.crmroi.store.Store;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The forecast on a history whose win rates are known by construction.
 *
 * <ul>
 *   <li>H1: 10 new deals of 1,000 created 2023-12-20; 4 won and 6 lost on 2024-02-01. Open at
 *       2024-01-01 aged 12 days: cell (0-29, new) = 4 / 10.
 *   <li>H2: 4 upsell deals of 500 created 2024-03-15; 1 won 2024-05-10, 3 lost 2024-06-01. Open at
 *       2024-04-01 aged 17 days: cell (0-29, upsell) = 1 / 4.
 *   <li>P4: a new deal of 3,000 created 2024-01-15, still open: at 2024-04-01 aged 77 days, cell
 *       (30-89, new) = 0 / 1; at 2024-07-01 aged 168 days, bucket 90-179 has no history, so the
 *       overall rate 5 / 15.
 *   <li>N: a new deal of 600 created 2024-02-01 and won 2024-03-01: in-quarter business of Q1.
 *   <li>Pipeline at 2024-07-01: P1 new 2,000 (0.4 → 800), P2 upsell 4,000 won 2024-08-01 (0.25 →
 *       1,000), P3 renewal 1,000 (no renewal history: bucket 0-29 = 5 / 14 → 357.14), P4 (1,000).
 *   <li>X: created 2024-10-05, so the data run past 2024-Q3.
 * </ul>
 */
class SalesForecastTest {
  private static Store store;

  @BeforeAll
  static void load() throws SQLException {
    store = Store.inMemory(new DuckDbSettings("256MB", 1));
    try (Statement s = store.connection().createStatement()) {
      s.execute(
          "INSERT INTO opportunities (opportunity_id, created_at, stage, closed_at, type,"
              + " amount_rc) SELECT 'h1-' || i, TIMESTAMP '2023-12-20', CASE WHEN i < 4 THEN 'won'"
              + " ELSE 'lost' END, TIMESTAMP '2024-02-01', 'new', 1000 FROM range(10) t(i);"
              + "INSERT INTO opportunities (opportunity_id, created_at, stage, closed_at, type,"
              + " amount_rc) SELECT 'h2-' || i, TIMESTAMP '2024-03-15', CASE WHEN i = 0 THEN 'won'"
              + " ELSE 'lost' END, CASE WHEN i = 0 THEN TIMESTAMP '2024-05-10' ELSE TIMESTAMP"
              + " '2024-06-01' END, 'upsell', 500 FROM range(4) t(i);"
              + "INSERT INTO opportunities (opportunity_id, created_at, stage, closed_at, type,"
              + " amount_rc) VALUES"
              + " ('p4', '2024-01-15', 'open', NULL, 'new', 3000),"
              + " ('n', '2024-02-01', 'won', '2024-03-01', 'new', 600),"
              + " ('p1', '2024-06-20', 'open', NULL, 'new', 2000),"
              + " ('p2', '2024-06-10', 'won', '2024-08-01', 'upsell', 4000),"
              + " ('p3', '2024-06-25', 'open', NULL, 'renewal', 1000),"
              + " ('x', '2024-10-05', 'open', NULL, 'new', 1)");
    }
  }

  @AfterAll
  static void close() {
    store.close();
  }

  @Test
  void forecast_q3_pipelineTimesLearnedRatesPlusInQuarterMean() {
    Forecast f = new SalesForecast(store).forecast(Period.parse("2024-Q3")).orElseThrow();

    assertThat(f.pipeline()).isCloseTo(800 + 1000 + 5000.0 / 14 + 1000, within(1e-9));
    // in-quarter business of 2023-Q4, 2024-Q1, 2024-Q2: (0 + 600 + 0) / 3
    assertThat(f.inQuarter()).isCloseTo(200, within(1e-9));
    assertThat(f.total()).isCloseTo(2800 + 5000.0 / 14 + 200, within(1e-9));
    assertThat(f.history()).isEqualTo(15);
  }

  @Test
  void forecast_q3_eachCellSaysWhereItsRateCameFrom() {
    Forecast f = new SalesForecast(store).forecast(Period.parse("2024-Q3")).orElseThrow();

    assertThat(
            f.cells().stream().map(c -> c.ageBucket() + "/" + c.type() + "/" + c.winRate().basis()))
        .containsExactlyInAnyOrder(
            "0-29 days/new/age and type",
            "0-29 days/upsell/age and type",
            "0-29 days/renewal/age",
            "90-179 days/new/all");
    ForecastCell upsell =
        f.cells().stream().filter(c -> c.type().equals("upsell")).findFirst().orElseThrow();
    assertThat(upsell.winRate().probability()).isEqualTo(0.25);
    assertThat(upsell.expected()).isEqualTo(1000);
  }

  @Test
  void forecast_q2_usesOnlyWhatWasKnownAtItsStart() {
    // At 2024-04-01 only the 2024-Q1 snapshot is known: (0-29, new) = 0.4 for everything.
    // H2 4 × 500 × 0.4 (bucket 0-29) + P4 3,000 × 0.4 (overall) + in-quarter (0 + 600) / 2.
    Forecast f = new SalesForecast(store).forecast(Period.parse("2024-Q2")).orElseThrow();

    assertThat(f.pipeline()).isCloseTo(2000, within(1e-9));
    assertThat(f.total()).isCloseTo(2300, within(1e-9));
  }

  @Test
  void forecast_noQuarterEndedBefore_empty() {
    assertThat(new SalesForecast(store).forecast(Period.parse("2024-Q1"))).isEmpty();
  }

  @Test
  void accuracy_throughQ3_mapeAndBiasOfQ2AndQ3() {
    Accuracy a = new SalesForecast(store).accuracy(Period.parse("2024-Q3"), 8);

    assertThat(a.quarters().stream().map(q -> q.quarter().toString()))
        .containsExactly("2024-Q2", "2024-Q3");
    assertThat(a.quarters().get(0).actual()).isEqualTo(500);
    assertThat(a.quarters().get(1).actual()).isEqualTo(4000);
    double q2 = (2300 - 500) / 500.0;
    double q3 = (3000 + 5000.0 / 14 - 4000) / 4000;
    assertThat(a.mape().getAsDouble()).isCloseTo((Math.abs(q2) + Math.abs(q3)) / 2, within(1e-12));
    assertThat(a.bias().getAsDouble()).isCloseTo((q2 + q3) / 2, within(1e-12));
  }

  @Test
  void nextQuarter_dataEndingInQ4_is2025Q1() {
    assertThat(new SalesForecast(store).nextQuarter()).contains(Period.parse("2025-Q1"));
  }

  @Test
  void forecast_monthInsteadOfQuarter_rejectedNamingIt() {
    assertThatThrownBy(() -> new SalesForecast(store).forecast(Period.parse("2024-07")))
        .hasMessageContaining("needs a quarter such as 2025-Q1 but was 2024-07");
  }
}
