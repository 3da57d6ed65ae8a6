package dev.crmroi.core.causal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Units of very different size on a common multiplicative trend: parallel trends hold in relative
 * terms, not in levels. With each unit's scale, DiD recovers the effect exactly; without, the big
 * unit's larger absolute growth is credited to the CRM.
 */
class ScaledDidTest {
  private static final YearMonth START = YearMonth.of(2022, 1);
  private static final int MONTHS = 24;
  private static final int GO_LIVE = 12;
  private static final double EFFECT = 0.05;

  /** Size × 1.03^t, and × (1 + EFFECT) from go-live for the treated unit; no noise. */
  private static double[] series(double size, boolean treated) {
    double[] y = new double[MONTHS];
    for (int t = 0; t < MONTHS; t++) {
      y[t] = size * Math.pow(1.03, t) * (treated && t >= GO_LIVE ? 1 + EFFECT : 1);
    }
    return y;
  }

  private static double trueTotal() {
    double sum = 0;
    for (int t = GO_LIVE; t < MONTHS; t++) {
      sum += 100 * Math.pow(1.03, t) * EFFECT;
    }
    return sum;
  }

  private static UnitSeries unit(String name, double size, boolean treated, double scale) {
    Optional<YearMonth> goLive =
        treated ? Optional.of(START.plusMonths(GO_LIVE)) : Optional.empty();
    return new UnitSeries(name, series(size, treated), goLive, Map.of()).withScale(scale);
  }

  private static double preMean(double size) {
    double[] y = series(size, false);
    double sum = 0;
    for (int t = 0; t < GO_LIVE; t++) {
      sum += y[t];
    }
    return sum / GO_LIVE;
  }

  @Test
  void scaledUnits_multiplicativeTrend_totalRecoveredExactly() {
    Panel panel =
        Panel.of(
            START,
            List.of(
                unit("big", 100, true, preMean(100)),
                unit("small", 5, false, preMean(5)),
                unit("smaller", 2, false, preMean(2))));

    DidResult did = CallawaySantAnna.estimate(panel, BootstrapSettings.seeded(1), List.of());

    assertThat(did.total().estimate()).isCloseTo(trueTotal(), within(trueTotal() * 1e-9));
  }

  @Test
  void unscaledUnits_multiplicativeTrend_overstateTheEffect() {
    Panel panel =
        Panel.of(
            START,
            List.of(
                unit("big", 100, true, 1),
                unit("small", 5, false, 1),
                unit("smaller", 2, false, 1)));

    DidResult did = CallawaySantAnna.estimate(panel, BootstrapSettings.seeded(1), List.of());

    assertThat(did.total().estimate()).isGreaterThan(3 * trueTotal());
  }

  @Test
  void capacityDoublingInTheTreatedUnit_exposureSeparatesItFromTheEffect() {
    // The treated unit doubles its sales capacity at month 6 (before go-live): without exposure
    // that growth looks like a different trend; with exposure = size × capacity it does not.
    double[] capacity = new double[MONTHS];
    double[] y = series(100, true);
    for (int t = 0; t < MONTHS; t++) {
      capacity[t] = t < 6 ? 1 : 2;
      y[t] *= capacity[t];
    }
    double[] exposure = capacity.clone();
    for (int t = 0; t < MONTHS; t++) {
      exposure[t] *= 100;
    }
    double truth = 0;
    for (int t = GO_LIVE; t < MONTHS; t++) {
      truth += 200 * Math.pow(1.03, t) * EFFECT;
    }
    UnitSeries big =
        new UnitSeries("big", y, Optional.of(START.plusMonths(GO_LIVE)), Map.of())
            .withExposure(exposure);
    Panel panel = Panel.of(START, List.of(big, unit("small", 5, false, 5)));

    DidResult did = CallawaySantAnna.estimate(panel, BootstrapSettings.seeded(1), List.of());

    assertThat(did.total().estimate()).isCloseTo(truth, within(truth * 1e-9));
  }

  @Test
  void scaleNotPositive_rejectedNamingTheUnit() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> unit("east", 1, false, 0))
        .hasMessage("exposure of unit 'east' in month 0 must be finite and > 0 but was 0.0");
  }
}
