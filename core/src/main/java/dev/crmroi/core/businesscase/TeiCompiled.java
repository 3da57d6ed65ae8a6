package dev.crmroi.core.businesscase;

import java.util.List;

/** A {@link TeiScenario} compiled over its inputs: which input feeds which stream and year. */
final class TeiCompiled implements CompiledModel {

  private static final int NONE = -1;
  private static final int MAX_YEARS = 10;

  private final InputSpace inputs = new InputSpace();
  private final TeiScenario scenario;
  private final int years;
  private final int[][] benefitYear;
  private final int[][] ramp;
  private final int[] benefitRisk;
  private final int[] costInitial;
  private final int[][] costYear;
  private final int[] costRisk;
  private final TeiKernel kernel;

  TeiCompiled(TeiScenario s, String prefix) {
    scenario = s;
    years = horizon(s);
    Rates.check(inputs, prefix + ".discount_rate", s.discountRate());
    if (years < 1 || years > MAX_YEARS) {
      inputs.problem(prefix + ".benefits", "must cover 1 to 10 years but covered " + years);
    }
    int n = s.benefits().size();
    benefitYear = new int[n][];
    ramp = new int[n][];
    benefitRisk = new int[n];
    for (int i = 0; i < n; i++) {
      TeiScenario.BenefitStream b = s.benefits().get(i);
      String p = prefix + ".benefits[" + i + "]";
      named(p, b.name());
      benefitYear[i] = yearList(p + ".years", b.years(), Range.NON_NEGATIVE, false);
      ramp[i] = yearList(p + ".ramp_up", b.rampUp(), Range.FRACTION, true);
      benefitRisk[i] = inputs.add(p + ".risk_adjustment", b.riskAdjustment(), Range.FRACTION);
    }
    int m = s.costs().size();
    costInitial = new int[m];
    costYear = new int[m][];
    costRisk = new int[m];
    for (int i = 0; i < m; i++) {
      TeiScenario.CostCategory c = s.costs().get(i);
      String p = prefix + ".costs[" + i + "]";
      named(p, c.name());
      costInitial[i] = inputs.add(p + ".initial", c.initial(), Range.NON_NEGATIVE);
      costYear[i] = yearList(p + ".years", c.years(), Range.NON_NEGATIVE, false);
      costRisk[i] = inputs.add(p + ".risk_adjustment", c.riskAdjustment(), Range.NON_NEGATIVE);
    }
    if (m == 0) {
      inputs.problem(prefix + ".costs", "must list at least one cost category but was empty");
    }
    inputs.throwIfInvalid();
    kernel = new TeiKernel(s.discountRate(), years, n, m);
  }

  private static int horizon(TeiScenario s) {
    if (!s.benefits().isEmpty()) {
      return s.benefits().get(0).years().size();
    }
    return s.costs().isEmpty() ? 0 : s.costs().get(0).years().size();
  }

  private void named(String path, String name) {
    if (name == null || name.isBlank()) {
      inputs.problem(path + ".name", "must not be blank but was \"" + name + "\"");
    }
  }

  private int[] yearList(String path, List<Estimate> list, Range range, boolean optional) {
    if (optional && list.isEmpty()) {
      int[] none = new int[years];
      java.util.Arrays.fill(none, NONE);
      return none;
    }
    if (list.size() != years) {
      inputs.problem(
          path, "must have " + years + " years like the first list but had " + list.size());
    }
    int[] indices = new int[years];
    java.util.Arrays.fill(indices, NONE);
    for (int t = 0; t < list.size(); t++) {
      int index = inputs.add(path + "[" + t + "]", list.get(t), range);
      if (t < years) {
        indices[t] = index;
      }
    }
    return indices;
  }

  @Override
  public InputSpace inputs() {
    return inputs;
  }

  @Override
  public void evaluate(double[] values, double[] out) {
    load(values);
    kernel.compute(out);
  }

  TeiResult result(double[] values) {
    load(values);
    List<String> benefitNames =
        scenario.benefits().stream().map(TeiScenario.BenefitStream::name).toList();
    List<String> costNames = scenario.costs().stream().map(TeiScenario.CostCategory::name).toList();
    return new TeiResult(
        years,
        scenario.discountRate(),
        kernel.figures(false, benefitNames, costNames),
        kernel.figures(true, benefitNames, costNames),
        scenario.flexibility());
  }

  private void load(double[] v) {
    for (int s = 0; s < benefitYear.length; s++) {
      kernel.benefit[s][0] = 0;
      for (int t = 0; t < years; t++) {
        double share = ramp[s][t] == NONE ? 1 : v[ramp[s][t]];
        kernel.benefit[s][t + 1] = v[benefitYear[s][t]] * share;
      }
      kernel.benefitRisk[s] = v[benefitRisk[s]];
    }
    for (int c = 0; c < costYear.length; c++) {
      kernel.cost[c][0] = v[costInitial[c]];
      for (int t = 0; t < years; t++) {
        kernel.cost[c][t + 1] = v[costYear[c][t]];
      }
      kernel.costRisk[c] = v[costRisk[c]];
    }
  }
}
