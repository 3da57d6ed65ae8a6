package dev.crmroi.core.causal;

import java.util.ArrayList;
import java.util.List;
import org.hipparchus.stat.regression.OLSMultipleLinearRegression;

/**
 * The static two-way fixed effects regression y_it = α_i + γ_t + β D_it + ε_it, for tests only:
 * under staggered adoption with effects that grow with exposure β is biased (Goodman-Bacon 2021),
 * which is why the estimator does not use it.
 */
final class TwoWayFixedEffects {

  private TwoWayFixedEffects() {}

  static double estimate(Panel panel) {
    int n = panel.unitCount();
    int months = panel.monthCount();
    List<double[]> rows = new ArrayList<>();
    List<Double> ys = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      for (int t = 0; t < months; t++) {
        double[] row = new double[(n - 1) + (months - 1) + 1];
        if (i > 0) {
          row[i - 1] = 1;
        }
        if (t > 0) {
          row[n - 1 + t - 1] = 1;
        }
        boolean treated = panel.isTreated(i) && t >= panel.goLiveIndex(i);
        row[row.length - 1] = treated ? 1 : 0;
        rows.add(row);
        ys.add(panel.outcome(i, t));
      }
    }
    OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression();
    ols.newSampleData(
        ys.stream().mapToDouble(Double::doubleValue).toArray(), rows.toArray(new double[0][]));
    double[] beta = ols.estimateRegressionParameters();
    return beta[beta.length - 1];
  }
}
