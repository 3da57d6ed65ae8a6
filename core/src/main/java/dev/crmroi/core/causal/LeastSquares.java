package dev.crmroi.core.causal;

import org.hipparchus.linear.DecompositionSolver;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.QRDecomposition;
import org.hipparchus.linear.RealMatrix;

/**
 * Ordinary least squares through Hipparchus' Householder QR decomposition (numerically safer than
 * the normal equations); the pseudo-inverse (XᵀX)⁻¹Xᵀ is kept so that bootstrap refits are one
 * matrix-vector product.
 */
final class LeastSquares {

  private static final double SINGULARITY_THRESHOLD = 1e-10;

  private LeastSquares() {}

  /**
   * The pseudo-inverse of a full-column-rank design.
   *
   * @param design n × p design matrix, n &gt; p
   * @param what names the fit in the error message
   * @return p × n matrix P with β = P y
   * @throws EstimationException if the columns are collinear
   */
  static double[][] pseudoInverse(double[][] design, String what) {
    RealMatrix x = MatrixUtils.createRealMatrix(design);
    double scale = x.getNorm1();
    DecompositionSolver solver =
        new QRDecomposition(x, SINGULARITY_THRESHOLD * Math.max(1, scale)).getSolver();
    if (!solver.isNonSingular()) {
      throw new EstimationException(
          what
              + " has collinear regressors ("
              + design[0].length
              + " columns over "
              + design.length
              + " rows); drop a covariate or seasonality");
    }
    return solver.getInverse().getData();
  }

  static double[] times(double[][] matrix, double[] vector) {
    double[] out = new double[matrix.length];
    for (int r = 0; r < matrix.length; r++) {
      double sum = 0;
      double[] row = matrix[r];
      for (int c = 0; c < row.length; c++) {
        sum += row[c] * vector[c];
      }
      out[r] = sum;
    }
    return out;
  }

  static double dot(double[] a, double[] b) {
    double sum = 0;
    for (int i = 0; i < a.length; i++) {
      sum += a[i] * b[i];
    }
    return sum;
  }
}
