package dev.crmroi.core.causal;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generated staggered-adoption panels with known truth: unit and month fixed effects, a common
 * trend, month-of-year seasonality, Gaussian noise and an effect that depends on exposure e = t − g
 * and on the cohort: effect = cohortScale(g) × (level + growth × e).
 */
final class SyntheticPanel {

  static final YearMonth START = YearMonth.of(2020, 1);

  final Panel panel;
  final double trueTotal;
  final int treatedUnitMonths;

  private SyntheticPanel(Panel panel, double trueTotal, int treatedUnitMonths) {
    this.panel = panel;
    this.trueTotal = trueTotal;
    this.treatedUnitMonths = treatedUnitMonths;
  }

  double trueAtt() {
    return trueTotal / treatedUnitMonths;
  }

  /**
   * @param goLives go-live month index per treated unit
   * @param controls never-treated units
   * @param months panel length
   * @param level effect in the go-live month
   * @param growth effect added per month of exposure
   * @param noise standard deviation of the idiosyncratic noise
   * @param seed random seed
   */
  static SyntheticPanel generate(
      int[] goLives,
      int controls,
      int months,
      double level,
      double growth,
      double noise,
      long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    double[] monthEffect = new double[months];
    for (int t = 0; t < months; t++) {
      monthEffect[t] = 2.0 * t + 15 * Math.sin(2 * Math.PI * t / 12) + 5 * gaussian(random);
    }
    List<UnitSeries> units = new ArrayList<>();
    double total = 0;
    int treatedMonths = 0;
    for (int u = 0; u < goLives.length + controls; u++) {
      boolean treated = u < goLives.length;
      int g = treated ? goLives[u] : -1;
      double unitEffect = 100 + 40 * random.nextDouble();
      double cohortScale = treated ? 1 + 0.05 * g : 0;
      double[] y = new double[months];
      for (int t = 0; t < months; t++) {
        double effect = treated && t >= g ? cohortScale * (level + growth * (t - g)) : 0;
        y[t] = unitEffect + monthEffect[t] + effect + noise * gaussian(random);
        total += effect;
        treatedMonths += treated && t >= g ? 1 : 0;
      }
      units.add(
          treated
              ? UnitSeries.treated("u" + u, START.plusMonths(g), y)
              : UnitSeries.control("u" + u, y));
    }
    return new SyntheticPanel(Panel.of(START, units), total, treatedMonths);
  }

  private static double gaussian(SplittableRandom random) {
    // Box-Muller; the test generator needs no more.
    double u1 = random.nextDouble(Double.MIN_VALUE, 1);
    double u2 = random.nextDouble();
    return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
  }
}
