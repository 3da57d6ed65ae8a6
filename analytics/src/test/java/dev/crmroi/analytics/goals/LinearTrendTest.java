package dev.crmroi.analytics.goals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.crmroi.analytics.kpi.Direction;
import org.junit.jupiter.api.Test;

/**
 * The trend and its interval against a hand computation: y = 1, 2, 3, 5 at x = 0..3 gives x̄ = 1.5,
 * Sxx = 5, Sxy = 6.5, slope 1.3, intercept 0.8, residuals 0.2, −0.1, −0.4, 0.3, SSE 0.3, s² = 0.15;
 * at x = 5 the forecast is 7.3 with half-width t(0.9; 2) · √0.15 · √(1 + 1/4 + 3.5²/5), t from the
 * published table 1.885618.
 */
class LinearTrendTest {
  private static final double[] X = {0, 1, 2, 3};
  private static final double[] Y = {1, 2, 3, 5};
  private static final double HALF = 1.885618 * Math.sqrt(0.15) * Math.sqrt(3.7);

  @Test
  void fit_handExample_slopeAndIntercept() {
    LinearTrend t = new LinearTrend(X, Y);

    assertThat(t.slope()).isCloseTo(1.3, within(1e-12));
    assertThat(t.intercept()).isCloseTo(0.8, within(1e-12));
  }

  @Test
  void predict_handExample_80PercentInterval() {
    LinearTrend.Interval i = new LinearTrend(X, Y).predict(5, 0.80);

    assertThat(i.central()).isCloseTo(7.3, within(1e-12));
    assertThat(i.low()).isCloseTo(7.3 - HALF, within(1e-5));
    assertThat(i.high()).isCloseTo(7.3 + HALF, within(1e-5));
  }

  @Test
  void status_higherIsBetter_byCentralThenInterval() {
    LinearTrend.Interval i = new LinearTrend(X, Y).predict(5, 0.80);

    assertThat(GoalStatus.of(7, i, Direction.HIGHER_IS_BETTER)).isEqualTo(GoalStatus.ON_TRACK);
    assertThat(GoalStatus.of(8, i, Direction.HIGHER_IS_BETTER)).isEqualTo(GoalStatus.AT_RISK);
    assertThat(GoalStatus.of(9, i, Direction.HIGHER_IS_BETTER)).isEqualTo(GoalStatus.OFF_TRACK);
  }

  @Test
  void status_lowerIsBetter_mirrored() {
    LinearTrend.Interval i = new LinearTrend(X, Y).predict(5, 0.80);

    assertThat(GoalStatus.of(7.5, i, Direction.LOWER_IS_BETTER)).isEqualTo(GoalStatus.ON_TRACK);
    assertThat(GoalStatus.of(7, i, Direction.LOWER_IS_BETTER)).isEqualTo(GoalStatus.AT_RISK);
    assertThat(GoalStatus.of(5, i, Direction.LOWER_IS_BETTER)).isEqualTo(GoalStatus.OFF_TRACK);
  }

  @Test
  void fit_twoPoints_rejectedSayingHowMany() {
    assertThatThrownBy(() -> new LinearTrend(new double[] {0, 1}, new double[] {1, 2}))
        .hasMessageContaining("at least 3 months but had 2");
  }
}
