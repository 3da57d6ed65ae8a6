package dev.crmroi.core.businesscase;

import static dev.crmroi.core.businesscase.Estimate.fixed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class QuickCalculatorTest {

  /**
   * 10 reps costing 6,000 a month each, 2 deals per rep per month at 5,000, margin 40%; uplifts win
   * rate 10%, deal size 5%, cross-sell 2%; 2 of 40 hours saved; CRM 50 per seat, 500 other costs a
   * month, 20,000 one-off.
   */
  static QuickScenario example() {
    return new QuickScenario(
        fixed(10),
        fixed(6000),
        fixed(5000),
        fixed(2),
        fixed(0.4),
        fixed(0.10),
        fixed(0.05),
        fixed(0.02),
        fixed(2),
        fixed(50),
        fixed(20_000),
        fixed(500),
        40,
        36,
        0.10);
  }

  @Test
  void calculate_handExample_gainsBySource() {
    // R = 10 × 2 × 5,000 = 100,000 revenue a month today.
    // more deals = 100,000 × 0.10 × 0.4 = 4,000
    // bigger deals = 100,000 × 1.10 × 0.05 × 0.4 = 2,200
    // cross-sell = 100,000 × 1.10 × 1.05 × 0.02 × 0.4 = 924
    // time saved = 10 × 6,000 × 2 / 40 = 3,000
    QuickResult r = QuickCalculator.calculate(example());

    assertThat(r.moreDeals()).isCloseTo(4000, within(1e-9));
    assertThat(r.biggerDeals()).isCloseTo(2200, within(1e-9));
    assertThat(r.crossSell()).isCloseTo(924, within(1e-9));
    assertThat(r.timeSaved()).isCloseTo(3000, within(1e-9));
    assertThat(r.monthlyGain()).isCloseTo(10_124, within(1e-9));
  }

  @Test
  void calculate_handExample_costsRoiAndPayback() {
    // cost = 10 × 50 + 500 = 1,000 a month; net = 10,124 − 1,000 = 9,124.
    // annual ROI = (12 × 10,124 − (12 × 1,000 + 20,000)) / 32,000 = 89,488 / 32,000 = 2.7965.
    // payback: −20,000 + 2 × 9,124 = −1,752 after month 2; 1,752 / 9,124 of month 3.
    QuickResult r = QuickCalculator.calculate(example());

    assertThat(r.monthlyCost()).isCloseTo(1000, within(1e-9));
    assertThat(r.monthlyNet()).isCloseTo(9124, within(1e-9));
    assertThat(r.annualRoi()).isCloseTo(2.7965, within(1e-12));
    assertThat(r.paybackMonths().getAsDouble()).isCloseTo(2 + 1752.0 / 9124, within(1e-12));
  }

  @Test
  void calculate_handExample_npvIsAnnuityAtMonthlyRate() {
    // NPV = −20,000 + 9,124 × (1 − 1.1^−3) / i with i = 1.1^(1/12) − 1 (36 months = 3 years).
    double i = Math.pow(1.1, 1.0 / 12) - 1;
    double expected = -20_000 + 9124 * (1 - Math.pow(1.1, -3)) / i;

    assertThat(QuickCalculator.calculate(example()).npv()).isCloseTo(expected, within(1e-6));
  }

  @Test
  void calculate_costsNeverRecovered_hasNoPayback() {
    QuickScenario s = example();
    QuickScenario expensive =
        new QuickScenario(
            s.reps(),
            s.monthlyCostPerRep(),
            s.averageDealRevenue(),
            s.dealsPerRepPerMonth(),
            s.grossMargin(),
            s.winRateUplift(),
            s.dealSizeUplift(),
            s.crossSellUplift(),
            s.hoursSavedPerRepPerWeek(),
            fixed(2000),
            s.oneOffCosts(),
            s.otherMonthlyCosts(),
            40,
            36,
            0.10);

    assertThat(QuickCalculator.calculate(expensive).paybackMonths()).isEmpty();
  }
}
