package dev.crmroi.core.businesscase;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BenchmarkPresetsTest {

  @Test
  void all_everyPreset_citesASourceAndACaveat() {
    assertThat(BenchmarkPresets.all())
        .allSatisfy(
            p -> {
              assertThat(p.sources()).isNotEmpty();
              assertThat(p.sources()).allSatisfy(s -> assertThat(s.year()).isBetween(1990, 2030));
              assertThat(p.caveat()).isNotBlank();
              assertThat(p.low()).isLessThanOrEqualTo(p.high());
            });
  }

  @Test
  void all_suggestedEstimates_passTheirFieldsValidation() {
    Estimate win = BenchmarkPresets.WIN_RATE_UPLIFT.suggested();
    Estimate hours = BenchmarkPresets.HOURS_SAVED.suggested();
    QuickScenario s =
        new QuickScenario(
            Estimate.fixed(10),
            Estimate.fixed(6000),
            Estimate.fixed(5000),
            Estimate.fixed(2),
            Estimate.fixed(0.4),
            win,
            Estimate.fixed(0),
            Estimate.fixed(0),
            hours,
            Estimate.fixed(50),
            Estimate.fixed(10_000),
            Estimate.fixed(0),
            40,
            36,
            0.1);

    assertThat(QuickCalculator.tornado(s).bars())
        .extracting(TornadoBar::input)
        .containsExactlyInAnyOrder("quick.win_rate_uplift", "quick.hours_saved_per_rep_per_week");
  }

  @Test
  void all_noPresetForUpliftsWithoutTraceableSource() {
    assertThat(BenchmarkPresets.all())
        .extracting(BenchmarkPreset::field)
        .doesNotContain("deal_size_uplift", "cross_sell_uplift");
  }
}
