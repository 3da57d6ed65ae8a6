package dev.crmroi.core.causal;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.hipparchus.linear.MatrixUtils;

/**
 * The pre-period fit of one treated unit and its moving-block residual bootstrap, with everything a
 * replicate needs precomputed: the forecast operator F = X_post (X_preᵀX_pre)⁻¹X_preᵀ turns
 * resampled pre-period residuals into the forecast's change in one matrix-vector product.
 */
final class ItsUnitFit {

  final int unit;
  final int goLive;
  final ItsDesign design;
  final double[] coefficients;
  final int[] preRows;
  final int[] postRows;
  final double[] observed;
  final double[] forecast;
  private final double[] residuals;
  private final double[][] forecastOperator;
  private final int blockLength;
  private final double[] preDraw;
  private final double[] postDraw;

  ItsUnitFit(Panel panel, int unit, ItsOptions options) {
    this.unit = unit;
    this.goLive = panel.goLiveIndex(unit);
    this.preRows = rows(panel, unit, options, 0, goLive);
    String name = panel.units().get(unit);
    if (preRows.length < options.minPreMonths()) {
      throw new EstimationException(
          "unit '"
              + name
              + "' has "
              + preRows.length
              + " observed pre-period months but the interrupted time series needs at least "
              + options.minPreMonths());
    }
    this.design = new ItsDesign(panel, unit, options, preRows);
    if (preRows.length - design.columns() < 2) {
      throw new EstimationException(
          "unit '"
              + name
              + "' has "
              + preRows.length
              + " observed pre-period months for "
              + design.columns()
              + " regressors; drop covariates or add pre-period data");
    }
    double[][] x = new double[preRows.length][];
    double[] y = new double[preRows.length];
    for (int r = 0; r < preRows.length; r++) {
      x[r] = design.row(preRows[r], 0);
      y[r] = panel.outcome(unit, preRows[r]);
    }
    double[][] pinv = LeastSquares.pseudoInverse(x, "pre-period model of unit '" + name + "'");
    this.coefficients = LeastSquares.times(pinv, y);
    this.postRows = rows(panel, unit, options, goLive, panel.monthCount());
    if (postRows.length == 0) {
      throw new EstimationException(
          "unit '" + name + "' has no post-period month with an outcome and all covariates");
    }
    this.observed = new double[postRows.length];
    this.forecast = new double[postRows.length];
    double[][] xPost = new double[postRows.length][];
    for (int r = 0; r < postRows.length; r++) {
      xPost[r] = design.row(postRows[r], 0);
      observed[r] = panel.outcome(unit, postRows[r]);
      forecast[r] = LeastSquares.dot(xPost[r], coefficients);
    }
    this.forecastOperator =
        MatrixUtils.createRealMatrix(xPost).multiply(MatrixUtils.createRealMatrix(pinv)).getData();
    this.residuals = modifiedResiduals(x, y, pinv);
    this.blockLength = blockLength(preRows.length);
    this.preDraw = new double[preRows.length];
    this.postDraw = new double[postRows.length];
  }

  static int blockLength(int n) {
    return Math.min(n, Math.max(3, Math.min(6, (int) Math.round(Math.cbrt(n)))));
  }

  int blockLength() {
    return blockLength;
  }

  int preMonths() {
    return residuals.length;
  }

  double effect(int r) {
    return observed[r] - forecast[r];
  }

  /**
   * One replicate of the post-period effects into {@code effects}: the pre-period model refitted on
   * fitted values plus block-resampled residuals, and the counterfactual's own noise drawn the same
   * way, so the interval covers both the model's error and the month-to-month noise.
   */
  void replicate(SplittableRandom random, double[] effects) {
    drawBlocks(random, preDraw);
    drawBlocks(random, postDraw);
    for (int r = 0; r < effects.length; r++) {
      double shift = LeastSquares.dot(forecastOperator[r], preDraw);
      effects[r] = observed[r] - forecast[r] - shift - postDraw[r];
    }
  }

  private void drawBlocks(SplittableRandom random, double[] into) {
    int n = residuals.length;
    int filled = 0;
    while (filled < into.length) {
      int start = random.nextInt(n - blockLength + 1);
      int take = Math.min(blockLength, into.length - filled);
      System.arraycopy(residuals, start, into, filled, take);
      filled += take;
    }
  }

  private static int[] rows(Panel panel, int unit, ItsOptions options, int from, int to) {
    return IntStream.range(from, to)
        .filter(t -> ItsDesign.complete(panel, unit, t, options))
        .toArray();
  }

  /**
   * Modified residuals e_i / √(1 − h_ii), centred (Davison &amp; Hinkley, <i>Bootstrap Methods and
   * their Application</i>, 1997, eq. 6.9), so resampled errors have the model's error variance.
   */
  private double[] modifiedResiduals(double[][] x, double[] y, double[][] pinv) {
    int n = y.length;
    double[] e = new double[n];
    double mean = 0;
    for (int r = 0; r < n; r++) {
      double leverage = 0;
      for (int k = 0; k < x[r].length; k++) {
        leverage += x[r][k] * pinv[k][r];
      }
      e[r] =
          (y[r] - LeastSquares.dot(x[r], coefficients)) / Math.sqrt(Math.max(1e-12, 1 - leverage));
      mean += e[r] / n;
    }
    for (int r = 0; r < n; r++) {
      e[r] -= mean;
    }
    return e;
  }

  List<Double> coefficientList() {
    List<Double> list = new ArrayList<>();
    for (double c : coefficients) {
      list.add(c);
    }
    return list;
  }
}
