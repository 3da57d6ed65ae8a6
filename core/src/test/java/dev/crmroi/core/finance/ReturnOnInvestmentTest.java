package dev.crmroi.core.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ReturnOnInvestmentTest {

  @Test
  void roi_benefitsQuarterAboveCosts_isQuarter() {
    assertThat(ReturnOnInvestment.roi(125_000, 100_000)).isEqualTo(0.25);
  }

  @Test
  void roi_benefitsBelowCosts_isNegative() {
    assertThat(ReturnOnInvestment.roi(40, 100)).isEqualTo(-0.6);
  }

  @Test
  void roi_zeroCosts_rejectedNamingCosts() {
    assertThatThrownBy(() -> ReturnOnInvestment.roi(10, 0))
        .isInstanceOf(FinanceException.class)
        .hasMessage("costs must be > 0 for ROI but was 0.0");
  }

  @Test
  void roi_nanBenefits_rejectedNamingBenefits() {
    assertThatThrownBy(() -> ReturnOnInvestment.roi(Double.NaN, 10))
        .isInstanceOf(FinanceException.class)
        .hasMessage("benefits must be finite but was NaN");
  }

  @Test
  void discounted_threeYearModelAtTenPercent_isRoiOfPresentValues() {
    double[] benefits = {0, 110, 121, 133.1};
    double[] costs = {150, 11, 12.1, 13.31};
    // Each later year is worth exactly 100 (benefits) or 10 (costs) today.

    assertThat(ReturnOnInvestment.discounted(0.1, benefits, costs))
        .isCloseTo((300 - 180) / 180.0, within(1e-12));
  }

  @Test
  void discounted_zeroRate_equalsUndiscountedRoi() {
    double[] benefits = {0, 50, 70};
    double[] costs = {60, 10, 10};

    assertThat(ReturnOnInvestment.discounted(0, benefits, costs))
        .isEqualTo(ReturnOnInvestment.roi(120, 80));
  }

  @Test
  void discounted_lengthsDiffer_rejectedNamingBoth() {
    assertThatThrownBy(
            () -> ReturnOnInvestment.discounted(0.1, new double[] {1}, new double[] {1, 2}))
        .isInstanceOf(FinanceException.class)
        .hasMessage("benefits and costs must have the same length but had 1 and 2");
  }
}
