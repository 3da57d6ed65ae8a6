package dev.crmroi.core.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class PaybackTest {

  @Test
  void periods_cumulativeHitsZeroAtPeriodEnd_isThatWholePeriod() {
    // cumulative: -100, -70, -40, 0
    assertThat(Payback.periods(-100, 30, 30, 40, 50)).hasValue(3.0);
  }

  @Test
  void periods_crossingInsidePeriod_interpolatesLinearly() {
    // cumulative -40 after period 2; period 3 brings 50, so 40/50 of it is needed.
    assertThat(Payback.periods(-100, 30, 30, 50, 50).getAsDouble()).isCloseTo(2.8, within(1e-12));
  }

  @Test
  void periods_neverRecovered_isEmpty() {
    assertThat(Payback.periods(-100, 10, 10, 10)).isEmpty();
  }

  @Test
  void periods_cumulativeNeverNegative_isZero() {
    assertThat(Payback.periods(0, 5, 5)).hasValue(0.0);
  }

  @Test
  void periods_allZero_isZero() {
    assertThat(Payback.periods(0, 0, 0)).hasValue(0.0);
  }

  @Test
  void periods_singleNegativeFlow_isEmpty() {
    assertThat(Payback.periods(-1)).isEmpty();
  }

  @Test
  void periods_investmentAfterAZeroStart_countsFromTheFirstShortfall() {
    // cumulative 0, -100, -50, 10: recovers 50/60 into period 3.
    assertThat(Payback.periods(0, -100, 50, 60).getAsDouble())
        .isCloseTo(2 + 50.0 / 60, within(1e-12));
  }

  @Test
  void periods_reinvestmentAfterRecovery_reportsFirstRecovery() {
    assertThat(Payback.periods(-100, 100, -50, 10)).hasValue(1.0);
  }

  @Test
  void discountedPeriods_zeroRate_equalsUndiscounted() {
    double[] flows = {-1000, 300, 400, 500, 200};

    assertThat(Payback.discountedPeriods(0, flows)).isEqualTo(Payback.periods(flows));
  }

  @Test
  void discountedPeriods_tenPercent_interpolatesOnDiscountedFlows() {
    // discounted: -1000, 500, 413.2231..., 375.6574...; recovery needs 86.7768.../375.6574...
    double[] flows = {-1000, 550, 500, 500};
    double remaining = 1000 - 500 - 500 / 1.21;
    double expected = 2 + remaining / (500 / 1.331);

    OptionalDouble actual = Payback.discountedPeriods(0.10, flows);

    assertThat(actual.getAsDouble()).isCloseTo(expected, within(1e-12));
    assertThat(Payback.periods(flows).getAsDouble()).isCloseTo(1 + 450.0 / 500, within(1e-12));
  }

  @Test
  void discountedPeriods_recoveredOnlyUndiscounted_isEmpty() {
    double[] flows = {-100, 50, 55};

    assertThat(Payback.periods(flows)).isPresent();
    assertThat(Payback.discountedPeriods(0.2, flows)).isEmpty();
  }

  @Test
  void discountedPeriods_rateMinusOne_rejected() {
    assertThatThrownBy(() -> Payback.discountedPeriods(-1, -100, 200))
        .isInstanceOf(FinanceException.class)
        .hasMessage("discount rate must be > -1 and finite but was -1.0");
  }

  @Test
  void periods_emptyFlows_rejected() {
    assertThatThrownBy(Payback::periods)
        .isInstanceOf(FinanceException.class)
        .hasMessage("cash flows must not be empty");
  }

  @Test
  void periods_decimalFlowsRecoveringAtPeriodEndUpToRounding_isThatPeriodEnd() {
    // Exactly 0 after period 3 in decimals; -1.1e-16 in binary floating point.
    assertThat(Payback.periods(-1, -1.99, 2.87, 0.12, 0.5).getAsDouble())
        .isCloseTo(3.0, within(1e-12));
  }
}
