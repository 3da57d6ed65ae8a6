package dev.crmroi.core.causal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The tfcausalimpact README example on causalimpact-examples/arma_data.csv: y + 5 from index 70,
 * pre = 0..69, post = 70..99 (see the data set's SOURCE.md). Each index is one period, so the
 * series is laid on consecutive months with seasonality turned off.
 */
class ArmaDataTest {

  private static final YearMonth START = YearMonth.of(2000, 1);
  private static final int GO_LIVE = 70;
  private static final double INJECTED = 5;

  @Test
  void its_withCovariateX_effectNearFiveAndIntervalContainsFive() {
    ItsResult result = estimate(ItsOptions.defaults().withoutSeasonality());

    assertThat(result.units().get(0).terms()).containsExactly("intercept", "trend", "X");
    assertThat(result.effectPerMonth().estimate()).isCloseTo(INJECTED, within(0.75));
    assertThat(result.effectPerMonth().contains(INJECTED)).isTrue();
    assertThat(result.total().contains(INJECTED * 30)).isTrue();
  }

  @Test
  void its_trendOnly_effectNearFiveAndIntervalContainsFive() {
    ItsResult result = estimate(ItsOptions.defaults().withoutSeasonality().withoutCovariates());

    assertThat(result.units().get(0).terms()).containsExactly("intercept", "trend");
    assertThat(result.effectPerMonth().estimate()).isCloseTo(INJECTED, within(0.75));
    assertThat(result.effectPerMonth().contains(INJECTED)).isTrue();
  }

  @Test
  void its_postPeriodActuals_matchPublishedActualMean() {
    ItsResult result = estimate(ItsOptions.defaults().withoutSeasonality());

    double mean =
        result.units().get(0).months().stream()
            .mapToDouble(MonthEffect::observed)
            .average()
            .orElseThrow();
    // SOURCE.md: the README's "Actual" average is 125.23.
    assertThat(mean).isCloseTo(125.23, within(0.005));
  }

  private static ItsResult estimate(ItsOptions options) {
    double[][] data = Datasets.armaData();
    double[] y = data[1].clone();
    for (int i = GO_LIVE; i < y.length; i++) {
      y[i] += INJECTED;
    }
    UnitSeries series =
        UnitSeries.treated("arma", START.plusMonths(GO_LIVE), y).withCovariate("X", data[0]);
    Panel panel = Panel.of(START, List.of(series));
    return InterruptedTimeSeries.estimate(
        panel, options, BootstrapSettings.seeded(20240101), List.of());
  }
}
