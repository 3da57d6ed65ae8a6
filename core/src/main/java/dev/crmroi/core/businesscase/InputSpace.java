package dev.crmroi.core.businesscase;

import java.util.ArrayList;
import java.util.List;

/**
 * The numeric inputs of one model, each registered once with its field path and allowed range.
 * Registration validates the estimate (collecting every problem) and compiles it to a quantile
 * function, so validation, Monte Carlo draws and the tornado all read the same list.
 */
final class InputSpace {

  private final List<String> paths = new ArrayList<>();
  private final List<Estimate> estimates = new ArrayList<>();
  private final List<Quantile> quantiles = new ArrayList<>();
  private final List<ScenarioException.Problem> problems = new ArrayList<>();

  /**
   * Registers an input and returns its index in the value vector.
   *
   * @param path field path in the scenario file
   * @param estimate the number or distribution given there
   * @param range values the field allows
   * @return the index of the input
   */
  int add(String path, Estimate estimate, Range range) {
    int before = problems.size();
    if (estimate == null) {
      problem(path, "must be given but was missing");
    } else {
      EstimateChecks.check(path, estimate, range, this::problem);
    }
    paths.add(path);
    estimates.add(estimate);
    boolean valid = problems.size() == before;
    quantiles.add(valid ? Quantile.of(estimate, range) : Quantile.constant(Double.NaN));
    return paths.size() - 1;
  }

  /** Records a problem that is not about a single estimate, such as a list of the wrong length. */
  void problem(String path, String rest) {
    problems.add(new ScenarioException.Problem(path, path + " " + rest));
  }

  /** Checks a plain (non-estimate) number against a range. */
  void checkPlain(String path, double value, Range range) {
    if (!Double.isFinite(value) || !range.contains(value)) {
      problem(path, "must be " + range.describe() + " but was " + Numbers.plain(value));
    }
  }

  /** Throws every problem found so far, if any. */
  void throwIfInvalid() {
    if (!problems.isEmpty()) {
      throw new ScenarioException(problems);
    }
  }

  int size() {
    return paths.size();
  }

  String path(int index) {
    return paths.get(index);
  }

  Estimate estimate(int index) {
    return estimates.get(index);
  }

  Quantile quantile(int index) {
    return quantiles.get(index);
  }

  /** The base case: every input at its median (a fixed number is its own median). */
  double[] medians() {
    double[] values = new double[size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = quantiles.get(i).at(0.5);
    }
    return values;
  }

  /** Indices of the inputs that vary (not fixed and not of zero width), in registration order. */
  int[] uncertain() {
    return java.util.stream.IntStream.range(0, size())
        .filter(i -> !quantiles.get(i).isConstant())
        .toArray();
  }
}
