package dev.crmroi.analytics.goals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.crmroi.analytics.kpi.Direction;
import dev.crmroi.analytics.kpi.KpiEngine;
import dev.crmroi.analytics.kpi.KpiRegistry;
import dev.crmroi.core.config.CrmRoiConfig.DuckDbSettings;
import dev.crmroi.core.config.CrmRoiConfig.Goal;
import dev.crmroi.store.Store;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Goals on a store whose EMEA revenue won is 100, 200, 400 in January–March 2024 (NA has other
 * deals). By hand: x̄ = 1, Sxx = 2, slope 150, intercept 83.33, residuals 16.67, −33.33, 16.67, s²
 * = 1666.67 (1 degree of freedom); for June (x = 5) the forecast is 833.33 ± t(0.9; 1) · 40.825 ·
 * √(1 + 1/3 + 16/2), t = 3.077684, i.e. ± 383.85.
 */
class GoalTrackerTest {
  private static final YearMonth MARCH = YearMonth.of(2024, 3);
  private static final LocalDate JUNE_30 = LocalDate.of(2024, 6, 30);
  private static final double HALF = 3.077684 * Math.sqrt(5000.0 / 3) * Math.sqrt(28.0 / 3);
  private static Store store;
  private static GoalTracker tracker;

  @BeforeAll
  static void load() throws SQLException {
    store = Store.inMemory(new DuckDbSettings("256MB", 1));
    try (Statement s = store.connection().createStatement()) {
      s.execute(
          "INSERT INTO accounts (account_id, region) VALUES ('e', 'EMEA'), ('n', 'NA');"
              + "INSERT INTO opportunities (opportunity_id, created_at, account_id, stage,"
              + " closed_at, amount_rc) VALUES"
              + " ('1', '2023-12-01', 'e', 'won', '2024-01-15', 100),"
              + " ('2', '2023-12-01', 'e', 'won', '2024-02-15', 200),"
              + " ('3', '2023-12-01', 'e', 'won', '2024-03-15', 400),"
              + " ('4', '2023-12-01', 'n', 'won', '2024-03-15', 999),"
              + " ('5', '2023-12-01', 'n', 'lost', '2024-03-31', 5)");
    }
    tracker = new GoalTracker(new KpiEngine(store, KpiRegistry.standard(), 0.35));
  }

  @AfterAll
  static void close() {
    store.close();
  }

  private static Goal goal(String metric, double target, Double baseline, String slice) {
    return new Goal(
        metric,
        target,
        Optional.ofNullable(baseline),
        JUNE_30,
        Optional.ofNullable(slice),
        Optional.of("VP Sales"));
  }

  @Test
  void track_emeaRevenue_forecastAndIntervalAsWorkedOut() {
    GoalProgress p = tracker.track(goal("revenue_won", 800, 100.0, "region=EMEA"), MARCH);

    assertThat(p.months()).isEqualTo(3);
    assertThat(p.current().getAsDouble()).isEqualTo(400);
    assertThat(p.progress().getAsDouble()).isCloseTo(300.0 / 700, within(1e-12));
    LinearTrend.Interval f = p.forecast().orElseThrow();
    assertThat(f.central()).isCloseTo(2500.0 / 3, within(1e-9));
    assertThat(f.high() - f.central()).isCloseTo(HALF, within(1e-4));
    assertThat(p.status()).isEqualTo(GoalStatus.ON_TRACK);
  }

  @Test
  void track_targetsAboveTheCentralForecast_atRiskThenOffTrack() {
    assertThat(tracker.track(goal("revenue_won", 1000, null, "region=EMEA"), MARCH).status())
        .isEqualTo(GoalStatus.AT_RISK);
    assertThat(tracker.track(goal("revenue_won", 1300, null, "region=EMEA"), MARCH).status())
        .isEqualTo(GoalStatus.OFF_TRACK);
  }

  @Test
  void track_salesCycle_isLowerIsBetter() {
    GoalProgress p = tracker.track(goal("sales_cycle_days", 30, null, null), MARCH);

    assertThat(p.direction()).isEqualTo(Direction.LOWER_IS_BETTER);
  }

  @Test
  void track_fewerThanThreeMonths_unknownWithReason() {
    // NA revenue exists only in March.
    GoalProgress p = tracker.track(goal("revenue_won", 1000, null, "region=NA"), MARCH);

    assertThat(p.status()).isEqualTo(GoalStatus.UNKNOWN);
    assertThat(p.reason())
        .hasValue("needs at least 3 months with a value of revenue_won but had 1");
  }

  @Test
  void track_badSlice_rejectedNamingTheGoal() {
    assertThatThrownBy(() -> tracker.track(goal("revenue_won", 1, null, "EMEA"), MARCH))
        .hasMessageContaining(
            "goal for revenue_won: slice must look like region=EMEA but was 'EMEA'");
  }
}
