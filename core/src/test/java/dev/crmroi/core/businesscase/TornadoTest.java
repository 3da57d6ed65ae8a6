package dev.crmroi.core.businesscase;

import static dev.crmroi.core.businesscase.Estimate.fixed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class TornadoTest {

  private static TeiScenario.BenefitStream stream(String name, Estimate yearOne) {
    return new TeiScenario.BenefitStream(
        name, List.of(yearOne, fixed(0), fixed(0)), List.of(), fixed(0));
  }

  /** NPV is linear in each year-1 benefit, so each swing is (P90 − P10) / 1.1. */
  private static TeiScenario scenario() {
    return new TeiScenario(
        0.10,
        List.of(
            stream("middle", Estimate.uniform(0, 1000)),
            stream("small", Estimate.uniform(0, 100)),
            stream("fixed", fixed(500)),
            stream("large", Estimate.uniform(0, 10_000))),
        List.of(
            new TeiScenario.CostCategory(
                "all", fixed(1000), List.of(fixed(0), fixed(0), fixed(0)), fixed(0))),
        List.of());
  }

  @Test
  void tornado_linearInputs_rankedByRangeWidth() {
    Tornado t = TeiModel.tornado(scenario());

    assertThat(t.bars())
        .extracting(TornadoBar::input)
        .containsExactly(
            "tei.benefits[3].years[0]", "tei.benefits[0].years[0]", "tei.benefits[1].years[0]");
  }

  @Test
  void tornado_uniformInput_swingIsDiscountedInterdecileRange() {
    // P10 and P90 of uniform(0, 10,000) are 1,000 and 9,000; one year at 10%.
    TornadoBar top = TeiModel.tornado(scenario()).bars().get(0);

    assertThat(top.lowValue()).isCloseTo(1000, within(1e-9));
    assertThat(top.highValue()).isCloseTo(9000, within(1e-9));
    assertThat(top.swing()).isCloseTo(8000 / 1.1, within(1e-9));
  }

  @Test
  void tornado_baseNpv_isEveryInputAtItsMedian() {
    // Medians 500 + 50 + 500 + 5,000 = 6,050 in year 1, minus 1,000 up front.
    assertThat(TeiModel.tornado(scenario()).baseNpv()).isCloseTo(6050 / 1.1 - 1000, within(1e-9));
  }
}
