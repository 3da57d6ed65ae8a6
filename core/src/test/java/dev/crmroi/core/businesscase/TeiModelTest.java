package dev.crmroi.core.businesscase;

import static dev.crmroi.core.businesscase.Estimate.fixed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.crmroi.core.finance.PresentValue;
import java.util.List;
import org.junit.jupiter.api.Test;

class TeiModelTest {

  /**
   * Two benefit streams and two cost categories over three years at 10%. Productivity: 100,000 a
   * year, ramp 50%/100%/100%, risk 10%. Revenue: 50,000/60,000/70,000, risk 20%. Licences 30,000 a
   * year. Implementation 80,000 up front, risk 10%.
   */
  static TeiScenario example() {
    return new TeiScenario(
        0.10,
        List.of(
            new TeiScenario.BenefitStream(
                "productivity",
                List.of(fixed(100_000), fixed(100_000), fixed(100_000)),
                List.of(fixed(0.5), fixed(1), fixed(1)),
                fixed(0.10)),
            new TeiScenario.BenefitStream(
                "revenue",
                List.of(fixed(50_000), fixed(60_000), fixed(70_000)),
                List.of(),
                fixed(0.20))),
        List.of(
            new TeiScenario.CostCategory(
                "licences",
                fixed(0),
                List.of(fixed(30_000), fixed(30_000), fixed(30_000)),
                fixed(0)),
            new TeiScenario.CostCategory(
                "implementation",
                fixed(80_000),
                List.of(fixed(0), fixed(0), fixed(0)),
                fixed(0.10))),
        List.of(new TeiScenario.Flexibility("service module", "could add service desk later")));
  }

  @Test
  void calculate_handExample_yearlyTotalsUnadjustedAndAdjusted() {
    // Unadjusted benefits: y1 50,000 + 50,000; y2 100,000 + 60,000; y3 100,000 + 70,000.
    // Adjusted: y1 45,000 + 40,000; y2 90,000 + 48,000; y3 90,000 + 56,000.
    // Costs: y0 80,000 (adjusted 88,000), then 30,000 a year.
    TeiResult r = TeiModel.calculate(example());

    assertThat(r.unadjusted().totalBenefits())
        .containsExactly(0.0, 100_000.0, 160_000.0, 170_000.0);
    assertThat(r.riskAdjusted().totalBenefits())
        .containsExactly(0.0, 85_000.0, 138_000.0, 146_000.0);
    assertThat(r.unadjusted().totalCosts()).containsExactly(80_000.0, 30_000.0, 30_000.0, 30_000.0);
    assertThat(r.riskAdjusted().totalCosts().get(0)).isCloseTo(88_000.0, within(1e-9));
  }

  @Test
  void calculate_handExample_presentValuesNpvRoiPayback() {
    // PV benefits = 85,000/1.1 + 138,000/1.21 + 146,000/1.331 = 301,014.275…
    // PV costs = 88,000 + 30,000 × (1/1.1 + 1/1.21 + 1/1.331) = 162,605.559…
    // Net: −88,000, 55,000, 108,000, 116,000: cumulative −33,000 after year 1, so payback
    // 1 + 33,000/108,000 years = 15.667 months.
    TeiFigures adjusted = TeiModel.calculate(example()).riskAdjusted();
    double pvB = 85_000 / 1.1 + 138_000 / 1.21 + 146_000 / 1.331;
    double pvC = 88_000 + 30_000 * (1 / 1.1 + 1 / 1.21 + 1 / 1.331);

    assertThat(adjusted.pvBenefits()).isCloseTo(pvB, within(1e-6));
    assertThat(adjusted.pvCosts()).isCloseTo(pvC, within(1e-6));
    assertThat(adjusted.npv()).isCloseTo(pvB - pvC, within(1e-6));
    assertThat(adjusted.roi()).isCloseTo((pvB - pvC) / pvC, within(1e-12));
    assertThat(adjusted.paybackMonths().getAsDouble())
        .isCloseTo(12 * (1 + 33_000.0 / 108_000), within(1e-9));
  }

  @Test
  void calculate_presentValues_equalFinanceNpvOfTotals() {
    TeiFigures f = TeiModel.calculate(example()).riskAdjusted();

    assertThat(f.pvBenefits())
        .isEqualTo(
            PresentValue.npv(0.10, f.totalBenefits().stream().mapToDouble(d -> d).toArray()));
    assertThat(f.pvCosts())
        .isEqualTo(PresentValue.npv(0.10, f.totalCosts().stream().mapToDouble(d -> d).toArray()));
  }

  @Test
  void calculate_streamPresentValues_addUpToTotal() {
    TeiFigures f = TeiModel.calculate(example()).unadjusted();

    double sum = f.benefits().stream().mapToDouble(TeiFigures.StreamFigures::presentValue).sum();
    assertThat(sum).isCloseTo(f.pvBenefits(), within(1e-6));
  }

  @Test
  void calculate_flexibility_listedButNotCounted() {
    TeiResult r = TeiModel.calculate(example());

    assertThat(r.flexibility())
        .extracting(TeiScenario.Flexibility::name)
        .containsExactly("service module");
    assertThat(r.riskAdjusted().benefits())
        .extracting(TeiFigures.StreamFigures::name)
        .containsExactly("productivity", "revenue");
  }

  @Test
  void simulate_allInputsFixed_equalsDeterministicExactly() {
    TeiResult r = TeiModel.calculate(example());
    Simulation s = TeiModel.simulate(example(), new SimulationSettings(500, 7));

    assertDegenerate(s.npv(), r.riskAdjusted().npv());
    assertDegenerate(s.roi(), r.riskAdjusted().roi());
    assertDegenerate(s.npvUnadjusted(), r.unadjusted().npv());
    assertDegenerate(s.roiUnadjusted(), r.unadjusted().roi());
  }

  @Test
  void simulate_quickCalculatorAllFixed_equalsDeterministicExactly() {
    QuickResult r = QuickCalculator.calculate(QuickCalculatorTest.example());
    Simulation s =
        QuickCalculator.simulate(QuickCalculatorTest.example(), new SimulationSettings(300, 3));

    assertDegenerate(s.npv(), r.npv());
    assertDegenerate(s.roi(), r.annualRoi());
  }

  private static void assertDegenerate(OutcomeDistribution d, double value) {
    assertThat(List.of(d.p5(), d.p50(), d.p95(), d.mean())).containsOnly(value);
    assertThat(d.probabilityPositive()).isEqualTo(value > 0 ? 1.0 : 0.0);
  }
}
