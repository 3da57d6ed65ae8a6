package dev.crmroi.core.causal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class NaiveBeforeAfterTest {

  private static final YearMonth JAN = YearMonth.of(2023, 1);

  @Test
  void estimate_twoUnits_perUnitDifferenceOfMeansAndPooledTotal() {
    Panel panel =
        Panel.of(
            JAN,
            List.of(
                // pre mean 2, post mean 6 over 2 months -> effect 4, total 8
                UnitSeries.treated("a", YearMonth.of(2023, 4), 1, 2, 3, 5, 7),
                // pre mean 10, post mean 11 over 1 observed month (one missing) -> total 1
                UnitSeries.treated("b", YearMonth.of(2023, 4), 10, 10, 10, 11, Double.NaN),
                UnitSeries.control("c", 0, 0, 0, 0, 0)));

    NaiveResult result = NaiveBeforeAfter.estimate(panel);

    assertThat(result.units()).extracting(NaiveEffect::unit).containsExactly("a", "b");
    assertThat(result.units().get(0).effectPerMonth()).isCloseTo(4, within(1e-12));
    assertThat(result.units().get(0).total()).isCloseTo(8, within(1e-12));
    assertThat(result.units().get(1).postMonths()).isEqualTo(1);
    assertThat(result.pooledTotal()).isCloseTo(9, within(1e-12));
    assertThat(result.pooledEffectPerMonth()).isCloseTo(3, within(1e-12));
    assertThat(result.caveat()).startsWith("biased");
  }

  @Test
  void estimate_noTreatedUnit_isRejected() {
    Panel panel = Panel.of(JAN, List.of(UnitSeries.control("c", 1, 2)));

    assertThatThrownBy(() -> NaiveBeforeAfter.estimate(panel))
        .isInstanceOf(EstimationException.class)
        .hasMessage("naive before/after needs a unit with a go-live but all 1 units are controls");
  }
}
