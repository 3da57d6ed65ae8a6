package dev.crmroi.core.causal;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generated subscription books with a known churn-hazard effect, simulated and valued as the
 * generator's RetentionWriter does: each subscription churns in a month with the unit's hazard (a
 * common 1.6% with a seasonal swing, lowered by {@code reduction} after go-live, ramped over six
 * months); the outcome is −margin × MRR churned in the month over the exposure margin × MRR at
 * risk, so the effect is the margin of MRR saved in the month. Truth: margin × (expected MRR active
 * at month end with the CRM − without), from the realised inflows, summed over the months — each
 * saved subscription counted every month it stays.
 */
final class HazardPanel {

  static final YearMonth START = YearMonth.of(2020, 1);
  static final double HAZARD = 0.016;
  static final double MARGIN = 0.7;
  private static final int RAMP = 6;

  final Panel panel;
  final double trueTotal;

  /** The treated units' churn rate over their months before go-live (MRR-weighted). */
  final double preGoLiveHazard;

  private HazardPanel(Panel panel, double trueTotal, double preGoLiveHazard) {
    this.panel = panel;
    this.trueTotal = trueTotal;
    this.preGoLiveHazard = preGoLiveHazard;
  }

  static HazardPanel generate(
      int[] goLives, int controls, int months, double reduction, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<UnitSeries> units = new ArrayList<>();
    double total = 0;
    double preChurned = 0;
    double preAtRisk = 0;
    for (int u = 0; u < goLives.length + controls; u++) {
      int g = u < goLives.length ? goLives[u] : -1;
      double[] hazard = new double[months];
      for (int t = 0; t < months; t++) {
        double ramp = g < 0 || t < g ? 0 : Math.min(1.0, (t - g + 1) / (double) RAMP);
        hazard[t] = HAZARD * (1 + 0.3 * Math.sin(2 * Math.PI * t / 12)) * (1 - reduction * ramp);
      }
      Book book = Book.simulate(random, 1500 + random.nextInt(1500), months, hazard);
      double[] outcome = new double[months];
      double[] exposure = new double[months];
      for (int t = 0; t < months; t++) {
        outcome[t] = -MARGIN * book.churned[t];
        exposure[t] = MARGIN * book.atRisk[t];
        if (g >= 0 && t < g) {
          preChurned += book.churned[t];
          preAtRisk += book.atRisk[t];
        }
      }
      if (g >= 0) {
        total += truth(book.inflow, hazard);
      }
      UnitSeries s =
          g < 0
              ? UnitSeries.control("u" + u, outcome)
              : UnitSeries.treated("u" + u, START.plusMonths(g), outcome);
      units.add(s.withExposure(exposure));
    }
    return new HazardPanel(Panel.of(START, units), total, preChurned / preAtRisk);
  }

  /** Margin × Σ_t (expected MRR active at t's end with the CRM − without), as RetentionWriter. */
  private static double truth(double[] inflow, double[] hazard) {
    double with = 0;
    double without = 0;
    double sum = 0;
    for (int t = 0; t < inflow.length; t++) {
      double base = HAZARD * (1 + 0.3 * Math.sin(2 * Math.PI * t / 12));
      with = (with + inflow[t]) * (1 - hazard[t]);
      without = (without + inflow[t]) * (1 - base);
      sum += MARGIN * (with - without);
    }
    return sum;
  }

  /** One unit's subscriptions: MRR started, at risk and churned per month. */
  private record Book(double[] inflow, double[] atRisk, double[] churned) {
    static Book simulate(SplittableRandom random, int initial, int months, double[] hazard) {
      double[] inflow = new double[months];
      double[] atRisk = new double[months];
      double[] churned = new double[months];
      int perMonth = Math.max(1, initial / 40);
      for (int start = 0; start < months; start++) {
        int count = start == 0 ? initial : perMonth;
        for (int k = 0; k < count; k++) {
          double mrr = 100 * Math.exp(0.4 * gaussian(random));
          inflow[start] += mrr;
          for (int t = start; t < months; t++) {
            atRisk[t] += mrr;
            if (random.nextDouble() < hazard[t]) {
              churned[t] += mrr;
              break;
            }
          }
        }
      }
      return new Book(inflow, atRisk, churned);
    }
  }

  private static double gaussian(SplittableRandom random) {
    double u1 = random.nextDouble(Double.MIN_VALUE, 1);
    double u2 = random.nextDouble();
    return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
  }
}
