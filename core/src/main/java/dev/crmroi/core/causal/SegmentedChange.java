package dev.crmroi.core.causal;

import java.util.OptionalDouble;

/**
 * Level and slope change at go-live from the full segmented regression y_t = β₀ + β₁t + seasonal +
 * covariates + β₂D_t + β₃(t − g)D_t + ε_t over all observed months, D_t = 1 from go-live month g on
 * (Wagner, Soumerai, Zhang &amp; Ross-Degnan, "Segmented regression analysis of interrupted time
 * series studies in medication use research", J. Clin. Pharm. Ther. 27(4), 2002).
 *
 * @param level β₂, the jump in the first post month; empty if not estimable
 * @param slope β₃, the change in monthly trend; empty if not estimable
 */
record SegmentedChange(OptionalDouble level, OptionalDouble slope) {

  static SegmentedChange fit(Panel panel, ItsUnitFit fit) {
    int[] preRows = fit.preRows;
    int post = fit.postRows.length;
    int columns = fit.design.columns() + 2;
    int n = preRows.length + post;
    if (post < 2 || n - columns < 2) {
      return new SegmentedChange(OptionalDouble.empty(), OptionalDouble.empty());
    }
    double[][] x = new double[n][];
    double[] y = new double[n];
    for (int r = 0; r < preRows.length; r++) {
      x[r] = fit.design.row(preRows[r], 2);
      y[r] = panel.outcome(fit.unit, preRows[r]);
    }
    for (int r = 0; r < post; r++) {
      int t = fit.postRows[r];
      double[] row = fit.design.row(t, 2);
      row[columns - 2] = 1;
      row[columns - 1] = t - fit.goLive;
      x[preRows.length + r] = row;
      y[preRows.length + r] = panel.outcome(fit.unit, t);
    }
    try {
      double[] beta = LeastSquares.times(LeastSquares.pseudoInverse(x, "segmented model"), y);
      return new SegmentedChange(
          OptionalDouble.of(beta[columns - 2]), OptionalDouble.of(beta[columns - 1]));
    } catch (EstimationException collinear) {
      return new SegmentedChange(OptionalDouble.empty(), OptionalDouble.empty());
    }
  }
}
