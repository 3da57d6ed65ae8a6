package dev.crmroi.core.businesscase;

import static dev.crmroi.core.businesscase.Estimate.fixed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.crmroi.core.businesscase.VendorComparisonScenario.VendorOption;
import java.util.List;
import org.junit.jupiter.api.Test;

class VendorComparisonTest {

  private static final SimulationSettings SETTINGS = new SimulationSettings(4_000, 5);

  /** 10 reps, 2 deals a month each at 5,000, margin 40%: 100,000 revenue a month today. */
  static VendorComparisonScenario scenario(VendorOption... options) {
    return new VendorComparisonScenario(
        new VendorComparisonScenario.Company(
            fixed(10), fixed(6000), fixed(5000), fixed(2), fixed(0.4), 40),
        0.10,
        3,
        List.of(options));
  }

  /** 10 seats, 20,000 implementation, only a win-rate uplift. */
  static VendorOption option(String name, Estimate winRate, double price) {
    return new VendorOption(
        name,
        fixed(10),
        fixed(price),
        fixed(20_000),
        fixed(0),
        List.of(),
        new VendorComparisonScenario.Benefits(winRate, fixed(0), fixed(0), fixed(0)),
        fixed(0),
        fixed(0));
  }

  @Test
  void compare_fixedInputs_baseCaseMatchesHandComputation() {
    // Gain 100,000 × 0.10 × 0.4 = 4,000 a month = 48,000 a year; licences 12 × 10 × 50 = 6,000.
    // NPV = −20,000 + 42,000 × (1/1.1 + 1/1.21 + 1/1.331).
    Comparison c = VendorComparison.compare(scenario(option("A", fixed(0.10), 50)), SETTINGS);

    double expected = -20_000 + 42_000 * (1 / 1.1 + 1 / 1.21 + 1 / 1.331);
    assertThat(c.options().get(0).baseCase().riskAdjusted().npv())
        .isCloseTo(expected, within(1e-6));
    assertThat(c.options().get(0).simulation().npv().mean())
        .isEqualTo(c.options().get(0).baseCase().riskAdjusted().npv());
  }

  @Test
  void compare_oneCheaperOption_recommendsHighestExpectedNpv() {
    Comparison c =
        VendorComparison.compare(
            scenario(option("Dear", fixed(0.10), 120), option("Cheap", fixed(0.10), 40)), SETTINGS);

    assertThat(c.recommended()).contains("Cheap");
    assertThat(c.reason()).startsWith("Cheap: highest expected NPV");
  }

  @Test
  void compare_higherMeanButMuchWorseP5_recommendsSaferOption() {
    // Risky: win-rate uplift uniform on [−0.3, 0.56], mean 0.13 but P5 ≈ −0.257 (a heavy loss).
    // Steady: 0.12 for sure, expected NPV about 12,000 lower, P5 about 450,000 better.
    Comparison c =
        VendorComparison.compare(
            scenario(
                option("Risky", Estimate.uniform(-0.3, 0.56), 50),
                option("Steady", fixed(0.12), 50)),
            SETTINGS);

    assertThat(c.options().get(0).simulation().npv().mean())
        .isGreaterThan(c.options().get(1).simulation().npv().mean());
    assertThat(c.recommended()).contains("Steady");
    assertThat(c.reason()).startsWith("Steady rather than Risky");
  }

  @Test
  void compare_noOptionPaysBack_recommendsNone() {
    Comparison c =
        VendorComparison.compare(
            scenario(option("A", fixed(0.001), 200), option("B", fixed(0), 100)), SETTINGS);

    assertThat(c.recommended()).isEmpty();
    assertThat(c.reason()).startsWith("None pays back").contains("least bad is B");
  }

  @Test
  void compare_identicalOptions_tieGoesToFirstListed() {
    Comparison c =
        VendorComparison.compare(
            scenario(option("First", fixed(0.1), 50), option("Second", fixed(0.1), 50)), SETTINGS);

    assertThat(c.recommended()).contains("First");
    assertThat(c.reason()).contains("tied with Second").contains("listed first");
  }

  @Test
  void compare_sharedCompanyInputs_sameDrawsForEveryOption() {
    // Uncertain rep count, identical options: common random numbers give identical simulations.
    VendorComparisonScenario s =
        new VendorComparisonScenario(
            new VendorComparisonScenario.Company(
                Estimate.uniform(5, 15), fixed(6000), fixed(5000), fixed(2), fixed(0.4), 40),
            0.10,
            3,
            List.of(option("A", fixed(0.1), 50), option("B", fixed(0.1), 50)));

    Comparison c = VendorComparison.compare(s, SETTINGS);

    assertThat(c.options().get(0).simulation()).isEqualTo(c.options().get(1).simulation());
  }

  @Test
  void tornado_secondOption_barsNamedByItsPathAndBaseIsItsMedianNpv() {
    VendorComparisonScenario s =
        scenario(option("A", fixed(0.10), 50), option("B", Estimate.uniform(0.02, 0.12), 50));

    Tornado t = VendorComparison.tornado(s, 1);

    assertThat(t.bars())
        .extracting(TornadoBar::input)
        .containsExactly("options[1].benefits.win_rate_uplift");
    assertThat(t.baseNpv())
        .isCloseTo(
            VendorComparison.compare(s, SETTINGS).options().get(1).baseCase().riskAdjusted().npv(),
            within(1e-6));
  }
}
