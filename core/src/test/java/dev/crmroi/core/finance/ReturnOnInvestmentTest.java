package dev.crmroi.core.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
}
