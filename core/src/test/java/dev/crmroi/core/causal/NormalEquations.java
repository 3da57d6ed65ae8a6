package dev.crmroi.core.causal;

/**
 * Independent OLS for tests: y = b0 + b1·t + b2·x over rows 0..n−1, from the normal equations XᵀX b
 * = Xᵀy solved by Cramer's rule (no shared code with the estimator).
 */
final class NormalEquations {

  private NormalEquations() {}

  static double[] solve(int n, double[] x, double[] y) {
    double[][] a = new double[3][3];
    double[] c = new double[3];
    for (int t = 0; t < n; t++) {
      double[] row = {1, t, x[t]};
      for (int i = 0; i < 3; i++) {
        c[i] += row[i] * y[t];
        for (int j = 0; j < 3; j++) {
          a[i][j] += row[i] * row[j];
        }
      }
    }
    double det = det(a);
    double[] b = new double[3];
    for (int k = 0; k < 3; k++) {
      double[][] m = new double[3][];
      for (int i = 0; i < 3; i++) {
        m[i] = a[i].clone();
        m[i][k] = c[i];
      }
      b[k] = det(m) / det;
    }
    return b;
  }

  private static double det(double[][] m) {
    return m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1])
        - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0])
        + m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0]);
  }
}
