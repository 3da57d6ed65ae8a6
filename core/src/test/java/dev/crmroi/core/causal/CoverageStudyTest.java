package dev.crmroi.core.causal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Coverage mini-study (design/roi-method.md, Validation): on 100 seeded staggered panels with a
 * known effect that differs by cohort and grows with exposure, the 95% intervals must contain the
 * truth in at least 90 of them. The ITS study uses a 48-month pre-period; with 30 months (13
 * parameters) its coverage drops to about 89% (see {@link InterruptedTimeSeries}).
 */
class CoverageStudyTest {

  private static final int PANELS = 100;
  private static final int[] GO_LIVES = {12, 12, 12, 20, 20, 20, 28, 28, 28};

  @Test
  void callawaySantAnna_hundredSeededPanels_intervalsCoverTruthAtLeastNinetyTimes() {
    int attCovered = 0;
    int totalCovered = 0;
    for (int seed = 0; seed < PANELS; seed++) {
      SyntheticPanel data = SyntheticPanel.generate(GO_LIVES, 3, 36, 10, 0.5, 8, seed);
      DidResult result =
          CallawaySantAnna.estimate(data.panel, BootstrapSettings.seeded(1000 + seed), List.of());
      attCovered += result.overallAtt().contains(data.trueAtt()) ? 1 : 0;
      totalCovered += result.total().contains(data.trueTotal) ? 1 : 0;
    }

    assertThat(attCovered).isGreaterThanOrEqualTo(90).isLessThanOrEqualTo(PANELS);
    assertThat(totalCovered).isGreaterThanOrEqualTo(90);
  }

  @Test
  void quarterBeforeBase_hundredSeededPanels_coversTruthAtLeastNinetyTimes() {
    int covered = 0;
    for (int seed = 0; seed < PANELS; seed++) {
      SyntheticPanel data = SyntheticPanel.generate(GO_LIVES, 3, 36, 10, 0.5, 8, seed);
      DidResult result =
          CallawaySantAnna.estimate(
              data.panel,
              BootstrapSettings.seeded(1000 + seed),
              List.of(),
              BaseWindow.QUARTER_BEFORE);
      covered += result.total().contains(data.trueTotal) ? 1 : 0;
    }

    assertThat(covered).isGreaterThanOrEqualTo(90);
  }

  @Test
  void longerBaseWindow_unbiasedWithSmallerErrorThanMonthBefore() {
    double squaredErrorLong = 0;
    double squaredErrorQuarter = 0;
    double squaredErrorBefore = 0;
    double errorLong = 0;
    for (int seed = 0; seed < PANELS; seed++) {
      SyntheticPanel data = SyntheticPanel.generate(GO_LIVES, 3, 36, 10, 0.5, 8, seed);
      double truth = data.trueTotal;
      double longBase = total(data, new BaseWindow(12)) - truth;
      double quarter = total(data, BaseWindow.QUARTER_BEFORE) - truth;
      double before = total(data, BaseWindow.MONTH_BEFORE) - truth;
      errorLong += longBase / PANELS;
      squaredErrorLong += longBase * longBase / PANELS;
      squaredErrorQuarter += quarter * quarter / PANELS;
      squaredErrorBefore += before * before / PANELS;
    }

    // Unbiased: the mean error is small against the spread of single estimates.
    assertThat(Math.abs(errorLong)).isLessThan(0.3 * Math.sqrt(squaredErrorLong));
    // With independent monthly noise, averaging the base removes most of the base month's noise
    // from every post-period effect: the longer the window, the smaller the error.
    assertThat(Math.sqrt(squaredErrorLong)).isLessThan(0.8 * Math.sqrt(squaredErrorQuarter));
    assertThat(Math.sqrt(squaredErrorQuarter)).isLessThan(0.8 * Math.sqrt(squaredErrorBefore));
  }

  private static double total(SyntheticPanel data, BaseWindow base) {
    return CallawaySantAnna.estimate(data.panel, BootstrapSettings.seeded(1), List.of(), base)
        .total()
        .estimate();
  }

  @Test
  void interruptedTimeSeries_hundredSeededSeries_intervalsCoverTruthAtLeastNinetyTimes() {
    int covered = 0;
    for (int seed = 0; seed < PANELS; seed++) {
      SyntheticPanel data = SyntheticPanel.generate(new int[] {48}, 0, 60, 10, 0.5, 4, seed);
      ItsResult result =
          InterruptedTimeSeries.estimate(
              data.panel, ItsOptions.defaults(), BootstrapSettings.seeded(seed), List.of());
      covered += result.total().contains(data.trueTotal) ? 1 : 0;
    }

    assertThat(covered).isGreaterThanOrEqualTo(90);
  }
}
