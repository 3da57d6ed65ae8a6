package dev.crmroi.core.causal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The sum of panel layers: estimated per layer, summed per replicate with the same draws. */
class PanelLayersTest {

  private static final int[] GO_LIVES = {24, 24, 30, 30};
  private static final BootstrapSettings BOOT = new BootstrapSettings(199, 7);

  private static Panel layer(long seed) {
    return SyntheticPanel.generate(GO_LIVES, 2, 40, 10, 0.5, 8, seed).panel;
  }

  @Test
  void identicalLayers_didAndIts_doubleEveryReplicateSoIntervalsDouble() {
    Panel a = layer(1);

    EffectReport one = MeasuredEffect.estimate(a, ItsOptions.defaults(), BOOT, List.of());
    EffectReport two =
        MeasuredEffect.estimateSum(List.of(a, a), ItsOptions.defaults(), BOOT, List.of());

    Interval did = one.did().orElseThrow().total();
    Interval did2 = two.did().orElseThrow().total();
    assertThat(did2.lower()).isCloseTo(2 * did.lower(), within(1e-6));
    assertThat(did2.upper()).isCloseTo(2 * did.upper(), within(1e-6));
    Interval its = one.its().orElseThrow().total();
    Interval its2 = two.its().orElseThrow().total();
    assertThat(its2.lower()).isCloseTo(2 * its.lower(), within(1e-6));
    assertThat(its2.upper()).isCloseTo(2 * its.upper(), within(1e-6));
    assertThat(two.naive().pooledTotal()).isCloseTo(2 * one.naive().pooledTotal(), within(1e-6));
  }

  @Test
  void carriedLayer_sumOfEstimatesEqualsEstimateOfSum() {
    Panel a = layer(1);
    Panel b = layer(2).withCarry(0.98);

    EffectReport sum =
        MeasuredEffect.estimateSum(List.of(a, b), ItsOptions.defaults(), BOOT, List.of());
    EffectReport ea = MeasuredEffect.estimate(a, ItsOptions.defaults(), BOOT, List.of());
    EffectReport eb = MeasuredEffect.estimate(b, ItsOptions.defaults(), BOOT, List.of());

    assertThat(sum.did().orElseThrow().total().estimate())
        .isCloseTo(
            ea.did().orElseThrow().total().estimate() + eb.did().orElseThrow().total().estimate(),
            within(1e-6));
    assertThat(sum.its().orElseThrow().total().estimate())
        .isCloseTo(
            ea.its().orElseThrow().total().estimate() + eb.its().orElseThrow().total().estimate(),
            within(1e-6));
    assertThat(sum.naive().pooledTotal())
        .isCloseTo(ea.naive().pooledTotal() + eb.naive().pooledTotal(), within(1e-6));
  }

  @Test
  void carry_didTotal_isTheCarriedMonthlySeriesSummed() {
    Panel a = layer(3);
    DidResult flow = CallawaySantAnna.estimate(a, BOOT, List.of());
    DidResult carried = CallawaySantAnna.estimate(a.withCarry(0.9), BOOT, List.of());

    double[] expected = flow.incremental().values();
    CarryForward.apply(expected, 0.9);

    assertThat(carried.incremental().values()).containsExactly(expected, within(1e-9));
    assertThat(carried.total().estimate())
        .isCloseTo(java.util.Arrays.stream(expected).sum(), within(1e-9));
  }

  @Test
  void panelBaseWindow_replacesTheEstimatorsBase() {
    Panel a = layer(4);

    DidResult own =
        CallawaySantAnna.estimate(
            a.withBaseWindow(new BaseWindow(12)), BOOT, List.of(), BaseWindow.MONTH_BEFORE);
    DidResult given = CallawaySantAnna.estimate(a, BOOT, List.of(), new BaseWindow(12));

    assertThat(own.total()).isEqualTo(given.total());
    assertThat(own.total().estimate())
        .isNotEqualTo(CallawaySantAnna.estimate(a, BOOT, List.of()).total().estimate());
  }

  @Test
  void layersOfDifferentGoLives_areRejected() {
    Panel a = layer(1);
    Panel b = SyntheticPanel.generate(new int[] {24, 24, 30, 31}, 2, 40, 10, 0.5, 8, 1).panel;

    assertThatThrownBy(
            () -> CallawaySantAnna.estimateSum(List.of(a, b), BOOT, List.of(), MeasuredEffect.BASE))
        .isInstanceOf(EstimationException.class)
        .hasMessageContaining("layer 1 differs from layer 0");
  }
}
