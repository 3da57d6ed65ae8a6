package dev.crmroi.core.causal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class CarryForwardTest {

  @Test
  void apply_oneFlow_decaysGeometrically() {
    double[] flows = {0, 10, 0, 0};

    CarryForward.apply(flows, 0.9);

    assertThat(flows).containsExactly(new double[] {0, 10, 9, 8.1}, within(1e-12));
  }

  @Test
  void apply_twoFlows_addTheirCarriedBenefits() {
    double[] flows = {4, 2, -1};

    CarryForward.apply(flows, 0.5);

    assertThat(flows).containsExactly(new double[] {4, 4, 1}, within(1e-12));
  }

  @Test
  void apply_zeroRetention_leavesTheFlows() {
    double[] flows = {1, 2, 3};

    CarryForward.apply(flows, 0);

    assertThat(flows).containsExactly(1, 2, 3);
  }

  @Test
  void weight_equalsTheCarriedTotalOfOneFlow() {
    double[] flows = {1, 0, 0, 0, 0};
    CarryForward.apply(flows, 0.984);

    assertThat(CarryForward.weight(5, 0.984))
        .isCloseTo(java.util.Arrays.stream(flows).sum(), within(1e-12));
    assertThat(CarryForward.weight(5, 0)).isEqualTo(1);
    assertThat(CarryForward.weight(0, 0.9)).isZero();
  }

  @Test
  void withCarry_retentionOfOne_isRejectedNamingTheValue() {
    Panel panel =
        Panel.of(
            HazardPanel.START,
            List.of(
                UnitSeries.treated("a", HazardPanel.START.plusMonths(1), 1, 2),
                UnitSeries.control("b", 1, 2)));

    assertThatThrownBy(() -> panel.withCarry(1))
        .isInstanceOf(EstimationException.class)
        .hasMessage("carry-forward retention must be >= 0 and < 1 but was 1.0");
  }
}
