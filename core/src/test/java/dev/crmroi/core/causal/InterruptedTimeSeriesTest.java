package dev.crmroi.core.causal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class InterruptedTimeSeriesTest {

  private static final YearMonth JAN = YearMonth.of(2021, 1);
  private static final BootstrapSettings SEEDED = BootstrapSettings.seeded(42);

  @Test
  void estimate_trendOnly_coefficientsEqualClosedFormSimpleRegression() {
    double[] pre = {3, 5, 4, 8, 9, 11, 10};
    double[] y = {3, 5, 4, 8, 9, 11, 10, 20, 21};
    Panel panel = Panel.of(JAN, List.of(UnitSeries.treated("a", JAN.plusMonths(7), y)));

    UnitItsEffect unit = its(panel, ItsOptions.defaults()).units().get(0);

    // slope = Sxy / Sxx, intercept = mean(y) - slope * mean(t), t = 0..6
    double tBar = 3;
    double yBar = 0;
    for (double v : pre) {
      yBar += v / pre.length;
    }
    double sxy = 0;
    double sxx = 0;
    for (int t = 0; t < pre.length; t++) {
      sxy += (t - tBar) * (pre[t] - yBar);
      sxx += (t - tBar) * (t - tBar);
    }
    double slope = sxy / sxx;
    double intercept = yBar - slope * tBar;
    assertThat(unit.terms()).containsExactly("intercept", "trend");
    assertThat(unit.coefficients().get(0)).isCloseTo(intercept, within(1e-9));
    assertThat(unit.coefficients().get(1)).isCloseTo(slope, within(1e-9));
    assertThat(unit.months().get(1).forecast()).isCloseTo(intercept + 8 * slope, within(1e-9));
    assertThat(unit.months().get(1).effect()).isCloseTo(21 - intercept - 8 * slope, within(1e-9));
    assertThat(unit.seasonality()).startsWith("off: month-of-year effects need");
  }

  @Test
  void estimate_withCovariate_coefficientsSolveTheNormalEquations() {
    double[] x = {2, 1, 4, 3, 7, 5, 6, 9, 8, 8};
    double[] y = {5, 4, 9, 9, 16, 13, 15, 22, 30, 31};
    Panel panel =
        Panel.of(JAN, List.of(UnitSeries.treated("a", JAN.plusMonths(8), y).withCovariate("x", x)));

    UnitItsEffect unit = its(panel, ItsOptions.defaults()).units().get(0);

    double[] expected = NormalEquations.solve(8, x, y);
    assertThat(unit.terms()).containsExactly("intercept", "trend", "x");
    for (int k = 0; k < 3; k++) {
      assertThat(unit.coefficients().get(k)).isCloseTo(expected[k], within(1e-9));
    }
  }

  @Test
  void estimate_exactSeasonalSeriesWithStep_recoversStepAndZeroWidthInterval() {
    double[] season = {0, -3, 2, 5, 1, -4, 6, 3, -2, 0, 4, -1};
    double[] y = new double[36];
    for (int t = 0; t < y.length; t++) {
      y[t] = 100 + 2 * t + season[t % 12] + (t >= 30 ? 7 : 0);
    }
    Panel panel = Panel.of(JAN, List.of(UnitSeries.treated("a", JAN.plusMonths(30), y)));

    ItsResult result = its(panel, ItsOptions.defaults());

    UnitItsEffect unit = result.units().get(0);
    assertThat(unit.terms()).hasSize(13).contains("month:JULY");
    assertThat(unit.seasonality()).startsWith("11 month-of-year dummies");
    assertThat(unit.effectPerMonth().estimate()).isCloseTo(7, within(1e-9));
    assertThat(unit.effectPerMonth().lower()).isCloseTo(7, within(1e-9));
    assertThat(unit.effectPerMonth().upper()).isCloseTo(7, within(1e-9));
    assertThat(result.total().estimate()).isCloseTo(42, within(1e-9));
    assertThat(unit.levelChange().getAsDouble()).isCloseTo(7, within(1e-9));
    assertThat(unit.slopeChange().getAsDouble()).isCloseTo(0, within(1e-9));
  }

  @Test
  void estimate_slopeChangeAfterGoLive_segmentedModelReportsIt() {
    double[] y = new double[20];
    for (int t = 0; t < y.length; t++) {
      y[t] = 50 + t + (t >= 12 ? 4 + 1.5 * (t - 12) : 0);
    }
    Panel panel = Panel.of(JAN, List.of(UnitSeries.treated("a", JAN.plusMonths(12), y)));

    UnitItsEffect unit = its(panel, ItsOptions.defaults()).units().get(0);

    assertThat(unit.levelChange().getAsDouble()).isCloseTo(4, within(1e-9));
    assertThat(unit.slopeChange().getAsDouble()).isCloseTo(1.5, within(1e-9));
  }

  @Test
  void estimate_fewerThanSixPreMonths_namesUnitAndCount() {
    Panel panel =
        Panel.of(JAN, List.of(UnitSeries.treated("east", JAN.plusMonths(5), 1, 2, 3, 4, 5, 6, 7)));

    assertThatThrownBy(() -> its(panel, ItsOptions.defaults()))
        .isInstanceOf(EstimationException.class)
        .hasMessage(
            "unit 'east' has 5 observed pre-period months but the interrupted time series needs"
                + " at least 6");
  }

  @Test
  void estimate_missingPreMonths_notCountedAsPreMonths() {
    double na = Double.NaN;
    Panel panel =
        Panel.of(
            JAN,
            List.of(UnitSeries.treated("east", JAN.plusMonths(6), 1, 2, na, 4, 5, 6, 7, 9, 9)));

    assertThatThrownBy(() -> its(panel, ItsOptions.defaults()))
        .isInstanceOf(EstimationException.class)
        .hasMessageContaining("unit 'east' has 5 observed pre-period months");
  }

  @Test
  void estimate_onlyControls_isRejected() {
    Panel panel = Panel.of(JAN, List.of(UnitSeries.control("c", 1, 2, 3)));

    assertThatThrownBy(() -> its(panel, ItsOptions.defaults()))
        .isInstanceOf(EstimationException.class)
        .hasMessageContaining("all 1 units are controls");
  }

  private static ItsResult its(Panel panel, ItsOptions options) {
    return InterruptedTimeSeries.estimate(panel, options, SEEDED, List.of());
  }
}
