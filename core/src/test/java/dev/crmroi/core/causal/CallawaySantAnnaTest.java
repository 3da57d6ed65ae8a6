package dev.crmroi.core.causal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CallawaySantAnnaTest {

  private static final YearMonth JAN = YearMonth.of(2024, 1);
  private static final BootstrapSettings SEEDED = BootstrapSettings.seeded(7);

  /** A (live in March), B (live in April), C never; ATT(g,t) worked out by hand below. */
  private static Panel toy() {
    return Panel.of(
        JAN,
        List.of(
            UnitSeries.treated("A", JAN.plusMonths(2), 10, 12, 20, 25),
            UnitSeries.treated("B", JAN.plusMonths(3), 5, 6, 8, 15),
            UnitSeries.control("C", 1, 3, 4, 6)));
  }

  @Test
  void estimate_toyPanel_groupTimeEffectsMatchHandComputation() {
    DidResult result = CallawaySantAnna.estimate(toy(), SEEDED, List.of());

    // g = Mar (base Feb): Mar: A 20-12=8 vs {B 8-6, C 4-3} mean 1.5 -> 6.5
    //                     Apr: A 25-12=13 vs {C 6-3=3} -> 10 (B is live in Apr)
    //                     Jan: A 10-12=-2 vs {B -1, C -2} -> -0.5
    // g = Apr (base Mar): Apr: B 15-8=7 vs {C 6-4=2} -> 5
    //                     Jan: B -3 vs {C -3} -> 0;  Feb: B -2 vs {C -1} -> -1
    assertThat(result.cells())
        .extracting(c -> c.cohort().getMonthValue(), c -> c.month().getMonthValue())
        .containsExactly(
            tuple(3, 1), tuple(3, 3), tuple(3, 4), tuple(4, 1), tuple(4, 2), tuple(4, 4));
    assertThat(result.cells())
        .extracting(c -> c.att().estimate())
        .containsExactly(-0.5, 6.5, 10.0, 0.0, -1.0, 5.0);
    assertThat(result.cells())
        .extracting(GroupTimeEffect::comparisonUnits)
        .containsExactly(2, 2, 1, 1, 1, 1);
  }

  @Test
  void estimate_toyPanel_aggregationsMatchHandComputation() {
    DidResult result = CallawaySantAnna.estimate(toy(), SEEDED, List.of());

    assertThat(result.overallAtt().estimate()).isCloseTo((6.5 + 10 + 5) / 3, within(1e-12));
    assertThat(result.groupAtt().estimate()).isCloseTo(((6.5 + 10) / 2 + 5) / 2, within(1e-12));
    assertThat(result.total().estimate()).isCloseTo(21.5, within(1e-12));
    assertThat(result.incremental().values()).containsExactly(6.5, 15.0);
    assertThat(result.eventStudy())
        .extracting(EventTimeEffect::eventTime, e -> e.effect().estimate())
        .containsExactly(tuple(-3, 0.0), tuple(-2, -0.75), tuple(0, 5.75), tuple(1, 10.0));
    assertThat(result.preTrend().averagePreEffect().orElseThrow().estimate())
        .isCloseTo(-0.5, within(1e-12));
    assertThat(result.coveredTreatedUnitMonths()).isEqualTo(3);
  }

  @Test
  void estimate_noiseFreeEffectsGrowingWithExposure_exactWhereTwoWayFixedEffectsIsBiased() {
    SyntheticPanel data =
        SyntheticPanel.generate(new int[] {8, 8, 16, 16, 24, 24}, 2, 36, 10, 2, 0, 1);

    DidResult result = CallawaySantAnna.estimate(data.panel, SEEDED, List.of());

    assertThat(result.total().estimate()).isCloseTo(data.trueTotal, within(1e-8));
    assertThat(result.overallAtt().estimate()).isCloseTo(data.trueAtt(), within(1e-9));
    assertThat(result.preTrend().passed()).isTrue();
    double twfe = TwoWayFixedEffects.estimate(data.panel);
    assertThat(Math.abs(twfe - data.trueAtt())).isGreaterThan(0.2 * data.trueAtt());
  }

  @Test
  void estimate_noisyStaggeredPanel_recoversTruthWithinTenPercent() {
    SyntheticPanel data =
        SyntheticPanel.generate(
            new int[] {12, 12, 12, 20, 20, 20, 28, 28, 28}, 3, 36, 10, 0.5, 2, 11);

    DidResult result = CallawaySantAnna.estimate(data.panel, SEEDED, List.of());

    assertThat(result.overallAtt().estimate())
        .isCloseTo(data.trueAtt(), within(0.1 * data.trueAtt()));
    assertThat(result.total().estimate()).isCloseTo(data.trueTotal, within(0.1 * data.trueTotal));
    assertThat(result.overallAtt().contains(data.trueAtt())).isTrue();
    assertThat(result.total().contains(data.trueTotal)).isTrue();
    assertThat(result.incremental().total()).isCloseTo(result.total().estimate(), within(1e-6));
  }

  @Test
  void estimate_zeroEffect_intervalContainsZero() {
    SyntheticPanel data =
        SyntheticPanel.generate(new int[] {12, 12, 12, 20, 20, 20, 28, 28, 28}, 3, 36, 0, 0, 5, 3);

    DidResult result = CallawaySantAnna.estimate(data.panel, SEEDED, List.of());

    assertThat(result.overallAtt().contains(0)).isTrue();
    assertThat(result.total().contains(0)).isTrue();
    assertThat(result.overallAtt().width()).isGreaterThan(0);
  }

  @Test
  void estimate_treatedUnitsTrendingApartBeforeGoLive_preTrendTestFails() {
    SyntheticPanel data =
        SyntheticPanel.generate(new int[] {12, 12, 12, 20, 20, 20}, 3, 30, 10, 0, 1, 5);
    List<UnitSeries> drifting = new ArrayList<>();
    for (int i = 0; i < data.panel.unitCount(); i++) {
      double[] y = new double[data.panel.monthCount()];
      for (int t = 0; t < y.length; t++) {
        y[t] = data.panel.outcome(i, t) + (data.panel.isTreated(i) ? 3.0 * t : 0);
      }
      drifting.add(new UnitSeries(data.panel.units().get(i), y, data.panel.goLive(i), Map.of()));
    }

    DidResult result =
        CallawaySantAnna.estimate(Panel.of(SyntheticPanel.START, drifting), SEEDED, List.of());

    assertThat(result.preTrend().passed()).isFalse();
    assertThat(result.preTrend().verdict()).startsWith("failed");
  }

  @Test
  void estimate_noNeverTreatedUnit_lastCohortsMonthsAreReportedUncovered() {
    // Cohorts go live in months 3 and 5 of 7; from month 5 on nobody is left to compare with.
    Panel panel =
        Panel.of(
            JAN,
            List.of(
                UnitSeries.treated("a", JAN.plusMonths(3), 1, 2, 3, 9, 9, 9, 9),
                UnitSeries.treated("b", JAN.plusMonths(5), 2, 3, 4, 5, 6, 9, 9)));

    DidResult result = CallawaySantAnna.estimate(panel, SEEDED, List.of());

    assertThat(result.coveredTreatedUnitMonths()).isEqualTo(2);
    assertThat(result.uncoveredTreatedUnitMonths()).isEqualTo(4);
    // a vs b: month 3 (9-3) - (5-4) = 5, month 4 (9-3) - (6-4) = 4
    assertThat(result.overallAtt().estimate()).isCloseTo(4.5, within(1e-12));
  }

  @Test
  void estimate_allUnitsTreatedTogether_namesTheMissingComparison() {
    Panel panel =
        Panel.of(
            JAN,
            List.of(
                UnitSeries.treated("a", JAN.plusMonths(2), 1, 2, 3),
                UnitSeries.treated("b", JAN.plusMonths(2), 2, 3, 4)));

    assertThatThrownBy(() -> CallawaySantAnna.estimate(panel, SEEDED, List.of()))
        .isInstanceOf(EstimationException.class)
        .hasMessage(
            "difference-in-differences has no comparison unit for any cohort after go-live: all 2"
                + " units are treated by 2024-03 and none is never treated");
  }

  @Test
  void estimate_sameSeedTwice_identicalResults() {
    SyntheticPanel data = SyntheticPanel.generate(new int[] {6, 9, 12}, 2, 18, 5, 0.2, 3, 9);

    DidResult first = CallawaySantAnna.estimate(data.panel, SEEDED, List.of());
    DidResult second = CallawaySantAnna.estimate(data.panel, SEEDED, List.of());
    DidResult other = CallawaySantAnna.estimate(data.panel, BootstrapSettings.seeded(8), List.of());

    assertThat(second).isEqualTo(first);
    assertThat(other.overallAtt().lower()).isNotEqualTo(first.overallAtt().lower());
    assertThat(other.overallAtt().estimate()).isEqualTo(first.overallAtt().estimate());
  }
}
