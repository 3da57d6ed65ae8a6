package dev.crmroi.bench.jmh;

import dev.crmroi.core.causal.Panel;
import dev.crmroi.core.causal.UnitSeries;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The measured-ROI panel of the synthetic company ({@code generator}'s five regions): 48 months
 * from January 2022, four staggered go-lives six months apart from April 2023 and one region that
 * never goes live. Monthly gross profit per region has a trend, a season, 5% noise and an effect
 * that ramps from 3% to 8% over the first six live months; each unit is compared on outcome / its
 * size, as {@code MeasuredRoi} does.
 */
final class RolloutPanel {

  static final YearMonth FIRST_MONTH = YearMonth.of(2022, 1);
  static final int MONTHS = 48;

  private static final double[] WEIGHTS = {0.34, 0.28, 0.16, 0.11, 0.11};
  private static final int[] GO_LIVES = {15, 21, 27, 33, -1};
  private static final double MONTHLY_GROSS_PROFIT = 1_200_000;

  private RolloutPanel() {}

  static Panel generate(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<UnitSeries> units = new ArrayList<>();
    for (int u = 0; u < WEIGHTS.length; u++) {
      double size = WEIGHTS[u] * MONTHLY_GROSS_PROFIT;
      double[] y = new double[MONTHS];
      for (int t = 0; t < MONTHS; t++) {
        double season = 1 + 0.08 * Math.sin(2 * Math.PI * t / 12);
        double effect = GO_LIVES[u] >= 0 && t >= GO_LIVES[u] ? lift(t - GO_LIVES[u]) : 0;
        double noise = 0.05 * gaussian(random);
        y[t] = size * Math.pow(1.0075, t) * season * (1 + effect + noise);
      }
      String name = "region-" + u;
      UnitSeries series =
          GO_LIVES[u] >= 0
              ? UnitSeries.treated(name, FIRST_MONTH.plusMonths(GO_LIVES[u]), y)
              : UnitSeries.control(name, y);
      units.add(series.withScale(size));
    }
    return Panel.of(FIRST_MONTH, units);
  }

  /** Relative effect after {@code monthsLive} months live: 3% at go-live, 8% from month 6. */
  private static double lift(int monthsLive) {
    return 0.03 + 0.05 * Math.min(1.0, monthsLive / 6.0);
  }

  private static double gaussian(SplittableRandom random) {
    double u1 = random.nextDouble(Double.MIN_VALUE, 1);
    double u2 = random.nextDouble();
    return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
  }
}
