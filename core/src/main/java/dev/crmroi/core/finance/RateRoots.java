package dev.crmroi.core.finance;

import java.util.ArrayList;
import java.util.List;
import org.hipparchus.analysis.solvers.AllowedSolution;
import org.hipparchus.analysis.solvers.BracketingNthOrderBrentSolver;

/**
 * Finds every rate r &gt; -1 where a discounted sum is zero: scans a grid in log(1 + r) for sign
 * changes, solves each bracket with Hipparchus' bracketing n-th order Brent solver, then polishes
 * with Newton steps that must stay in the bracket and reduce |NPV|.
 *
 * <p>Roots closer together than the grid step, or roots of even multiplicity off the grid, leave no
 * sign change and are not seen; the grid is fine (0.001 in log(1 + r)) where returns usually lie.
 */
final class RateRoots {

  /** Lowest rate scanned: 1 + r = 1e-6. */
  static final double LOWEST_RATE = Math.expm1(Math.log(1e-6));

  /** Highest rate scanned: 1 + r = 1e6. */
  static final double HIGHEST_RATE = Math.expm1(Math.log(1e6));

  private static final double[] GRID = grid();
  private static final int MAX_EVALUATIONS = 500;
  private static final int NEWTON_STEPS = 3;

  private RateRoots() {}

  static List<Double> find(DiscountedSum sum) {
    List<Double> roots = new ArrayList<>();
    double previousValue = sum.scaledValue(GRID[0]);
    if (previousValue == 0) {
      roots.add(GRID[0]);
    }
    for (int i = 1; i < GRID.length; i++) {
      double value = sum.scaledValue(GRID[i]);
      if (value == 0) {
        roots.add(GRID[i]);
      } else if (previousValue != 0 && Math.signum(value) != Math.signum(previousValue)) {
        roots.add(solve(sum, GRID[i - 1], GRID[i]));
      }
      previousValue = value;
    }
    return roots;
  }

  private static double solve(DiscountedSum sum, double low, double high) {
    BracketingNthOrderBrentSolver solver = new BracketingNthOrderBrentSolver(1e-15, 1e-18, 0, 5);
    double root =
        solver.solve(MAX_EVALUATIONS, sum::scaledValue, low, high, AllowedSolution.ANY_SIDE);
    return polish(sum, root, low, high);
  }

  private static double polish(DiscountedSum sum, double root, double low, double high) {
    double best = root;
    double bestValue = Math.abs(sum.value(root));
    for (int step = 0; step < NEWTON_STEPS && bestValue > 0; step++) {
      double next = best - sum.value(best) / sum.derivative(best);
      double nextValue = Math.abs(sum.value(next));
      if (!(next >= low && next <= high) || !(nextValue < bestValue)) {
        break;
      }
      best = next;
      bestValue = nextValue;
    }
    return best;
  }

  private static double[] grid() {
    List<Double> logs = new ArrayList<>();
    double lowest = Math.log(1e-6);
    double highest = Math.log(1e6);
    for (double x = lowest; x < -1; x += 0.01) {
      logs.add(x);
    }
    for (int k = -1000; k < 1000; k++) {
      logs.add(k / 1000.0);
    }
    for (double x = 1; x <= highest; x += 0.01) {
      logs.add(x);
    }
    logs.add(highest);
    return logs.stream().mapToDouble(Math::expm1).toArray();
  }
}
