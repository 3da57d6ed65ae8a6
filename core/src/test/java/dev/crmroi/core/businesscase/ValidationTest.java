package dev.crmroi.core.businesscase;

import static dev.crmroi.core.businesscase.Estimate.fixed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.crmroi.core.businesscase.VendorComparisonScenario.VendorOption;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValidationTest {

  private static QuickScenario quick(Estimate reps, Estimate margin, Estimate winRate) {
    return new QuickScenario(
        reps,
        fixed(6000),
        fixed(5000),
        fixed(2),
        margin,
        winRate,
        fixed(0),
        fixed(0),
        fixed(2),
        fixed(50),
        fixed(0),
        fixed(0),
        40,
        36,
        0.10);
  }

  private static TeiScenario tei(double rate, Estimate risk, List<Estimate> ramp) {
    return new TeiScenario(
        rate,
        List.of(
            new TeiScenario.BenefitStream("b", List.of(fixed(1), fixed(1), fixed(1)), ramp, risk)),
        List.of(
            new TeiScenario.CostCategory(
                "c", fixed(1), List.of(fixed(1), fixed(1), fixed(1)), fixed(0))),
        List.of());
  }

  @Test
  void quick_negativeReps_namesFieldAndValue() {
    assertThatThrownBy(() -> QuickCalculator.calculate(quick(fixed(-3), fixed(0.4), fixed(0.1))))
        .isInstanceOf(ScenarioException.class)
        .hasMessage("quick.reps must be ≥ 0 but was -3");
  }

  @Test
  void quick_marginAboveOne_rejected() {
    assertThatThrownBy(() -> QuickCalculator.calculate(quick(fixed(1), fixed(1.2), fixed(0.1))))
        .hasMessage("quick.gross_margin must be within [0, 1] but was 1.2");
  }

  @Test
  void quick_distributionMaxAboveBound_namesTheMaxField() {
    assertThatThrownBy(
            () -> QuickCalculator.calculate(quick(fixed(1), Estimate.uniform(0.2, 1.5), fixed(0))))
        .hasMessage("quick.gross_margin.max must be within [0, 1] but was 1.5");
  }

  @Test
  void triangular_minAboveMax_rejected() {
    assertThatThrownBy(
            () ->
                QuickCalculator.calculate(
                    quick(fixed(1), fixed(0.4), Estimate.triangular(0.3, 0.3, 0.1))))
        .hasMessage("quick.win_rate_uplift.min must be ≤ max (0.1) but was 0.3");
  }

  @Test
  void triangular_modeOutsideMinMax_rejected() {
    assertThatThrownBy(
            () ->
                QuickCalculator.calculate(
                    quick(fixed(1), fixed(0.4), Estimate.triangular(0, 0.2, 0.1))))
        .hasMessage("quick.win_rate_uplift.mode must be within [min, max] = [0, 0.1] but was 0.2");
  }

  @Test
  void uniform_minAboveMax_rejected() {
    assertThatThrownBy(
            () -> QuickCalculator.calculate(quick(fixed(1), fixed(0.4), Estimate.uniform(1, 0))))
        .hasMessage("quick.win_rate_uplift.min must be ≤ max (0) but was 1");
  }

  @Test
  void normal_negativeSd_rejected() {
    assertThatThrownBy(
            () ->
                QuickCalculator.calculate(quick(fixed(1), fixed(0.4), Estimate.normal(0.1, -0.01))))
        .hasMessage("quick.win_rate_uplift.sd must be ≥ 0 but was -0.01");
  }

  @Test
  void lognormal_nonPositiveMedian_rejected() {
    assertThatThrownBy(
            () ->
                QuickCalculator.calculate(quick(Estimate.lognormal(0, 0.3), fixed(0.4), fixed(0))))
        .hasMessage("quick.reps.median must be > 0 but was 0");
  }

  @Test
  void tei_riskAdjustmentAboveOne_rejectedAsProbability() {
    assertThatThrownBy(() -> TeiModel.calculate(tei(0.1, fixed(1.5), List.of())))
        .hasMessage("tei.benefits[0].risk_adjustment must be within [0, 1] but was 1.5");
  }

  @Test
  void tei_rampUpAboveOne_namesTheYear() {
    assertThatThrownBy(
            () -> TeiModel.calculate(tei(0.1, fixed(0), List.of(fixed(0.5), fixed(1.2), fixed(1)))))
        .hasMessage("tei.benefits[0].ramp_up[1] must be within [0, 1] but was 1.2");
  }

  @Test
  void tei_discountRateMinusOne_rejected() {
    assertThatThrownBy(() -> TeiModel.calculate(tei(-1, fixed(0), List.of())))
        .hasMessage("tei.discount_rate must be > -1 and ≤ 100 but was -1");
  }

  @Test
  void tei_rampUpOfWrongLength_rejected() {
    assertThatThrownBy(() -> TeiModel.calculate(tei(0.1, fixed(0), List.of(fixed(1)))))
        .hasMessage("tei.benefits[0].ramp_up must have 3 years like the first list but had 1");
  }

  @Test
  void quick_severalProblems_allReportedInFieldOrder() {
    ScenarioException e =
        catchThrowableOfType(
            () -> QuickCalculator.calculate(quick(fixed(-1), fixed(2), fixed(-2))),
            ScenarioException.class);

    assertThat(e.problems())
        .extracting(ScenarioException.Problem::path)
        .containsExactly("quick.reps", "quick.gross_margin", "quick.win_rate_uplift");
  }

  @Test
  void comparison_secondOptionBadUplift_pathHasOptionIndex() {
    VendorOption good = VendorComparisonTest.option("A", fixed(0.1), 50);
    VendorOption bad = VendorComparisonTest.option("B", Estimate.triangular(-2, 0.05, 0.2), 50);

    assertThatThrownBy(
            () ->
                VendorComparison.compare(
                    VendorComparisonTest.scenario(good, bad), SimulationSettings.defaults()))
        .hasMessage("options[1].benefits.win_rate_uplift.min must be ≥ -1 but was -2");
  }

  @Test
  void comparison_badCompanyField_reportedOnceForAllOptions() {
    VendorComparisonScenario s =
        new VendorComparisonScenario(
            new VendorComparisonScenario.Company(
                fixed(-2), fixed(6000), fixed(5000), fixed(2), fixed(0.4), 40),
            0.1,
            3,
            List.of(
                VendorComparisonTest.option("A", fixed(0.1), 50),
                VendorComparisonTest.option("B", fixed(0.1), 50)));

    assertThatThrownBy(() -> VendorComparison.compare(s, SimulationSettings.defaults()))
        .hasMessage("company.reps must be ≥ 0 but was -2");
  }

  @Test
  void simulationSettings_zeroDraws_rejected() {
    assertThatThrownBy(() -> new SimulationSettings(0, 1))
        .hasMessage("simulation.draws must be ≥ 1 but was 0");
  }
}
