package dev.crmroi.core.causal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Retention measured through the churn hazard: the DiD effect on −margin × churned MRR over margin
 * × MRR at risk is the margin of MRR saved in each month, a flow; carried forward at the
 * counterfactual retention (1 − the treated units' hazard before go-live) it is the truth of the
 * generator (saved MRR counted every month it stays). 100 seeded books, 199 replicates each.
 *
 * <p>On 300 seeds the carried interval covers the truth in 89.7% of books and the mean estimate /
 * truth is 1.01; the uncarried flow covers its own truth (margin × MRR saved, each euro once) in
 * 91%: what coverage is lost is the few-cluster cluster bootstrap's (12 units), not the carry's.
 * Carrying at the treated units' hazard after go-live instead overstates by about 3% here (saved
 * MRR measured against the book with the CRM decays at the hazard without it).
 */
class CarriedHazardTest {

  private static final int PANELS = 100;
  private static final int[] GO_LIVES = {12, 12, 12, 20, 20, 20, 28, 28, 28};
  private static final double REDUCTION = 0.25;

  private static DidResult carried(HazardPanel data, int seed) {
    return CallawaySantAnna.estimate(
        data.panel.withCarry(1 - data.preGoLiveHazard),
        new BootstrapSettings(199, 5000 + seed),
        List.of(),
        BaseWindow.QUARTER_BEFORE);
  }

  @Test
  void carriedHazardEffect_hundredSeededBooks_coversTruthAtLeastNinetyTimesAndIsUnbiased() {
    int covered = 0;
    double ratio = 0;
    for (int seed = 0; seed < PANELS; seed++) {
      HazardPanel data = HazardPanel.generate(GO_LIVES, 3, 40, REDUCTION, seed);
      DidResult did = carried(data, seed);
      covered += did.total().contains(data.trueTotal) ? 1 : 0;
      ratio += did.total().estimate() / data.trueTotal / PANELS;
    }

    assertThat(covered).isGreaterThanOrEqualTo(90);
    assertThat(ratio).isBetween(0.9, 1.1);
  }

  @Test
  void uncarriedHazardEffect_countsEachSavedEuroOnce_missesMostOfTheTruth() {
    HazardPanel data = HazardPanel.generate(GO_LIVES, 3, 40, REDUCTION, 1);

    DidResult flow =
        CallawaySantAnna.estimate(
            data.panel, new BootstrapSettings(199, 1), List.of(), BaseWindow.QUARTER_BEFORE);

    assertThat(flow.total().estimate()).isLessThan(0.3 * data.trueTotal);
  }
}
