package dev.crmroi.core.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class BreakEvenTest {

  @Test
  void periods_benefitsCatchUpMidPeriod_interpolates() {
    double[] benefits = {0, 20, 40, 60};
    double[] costs = {50, 10, 10, 10};
    // net: -50, 10, 30, 50 → cumulative -50, -40, -10, 40: 10/50 into period 3.

    assertThat(BreakEven.periods(benefits, costs).getAsDouble()).isCloseTo(2.2, within(1e-12));
  }

  @Test
  void periods_benefitsNeverCatchUp_isEmpty() {
    assertThat(BreakEven.periods(new double[] {0, 5}, new double[] {10, 5})).isEmpty();
  }

  @Test
  void periods_lengthsDiffer_rejectedNamingBoth() {
    assertThatThrownBy(() -> BreakEven.periods(new double[] {1, 2}, new double[] {1}))
        .isInstanceOf(FinanceException.class)
        .hasMessage("benefits and costs must have the same length but had 2 and 1");
  }

  @Test
  void units_fixedCostOverContribution_isRatio() {
    assertThat(BreakEven.units(120_000, 400)).isEqualTo(300);
  }

  @Test
  void units_nonPositiveContribution_rejectedNamingIt() {
    assertThatThrownBy(() -> BreakEven.units(100, 0))
        .isInstanceOf(FinanceException.class)
        .hasMessage("contribution per unit must be > 0 but was 0.0");
  }

  @Test
  void units_negativeFixedCost_rejectedNamingIt() {
    assertThatThrownBy(() -> BreakEven.units(-1, 10))
        .isInstanceOf(FinanceException.class)
        .hasMessage("fixed cost must be >= 0 but was -1.0");
  }
}
