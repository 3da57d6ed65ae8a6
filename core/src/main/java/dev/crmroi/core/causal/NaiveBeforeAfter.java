package dev.crmroi.core.causal;

import java.util.ArrayList;
import java.util.List;

/**
 * Naive before/after comparison: for each treated unit, mean outcome of the observed months from
 * go-live on minus the mean of the observed months before it. It has no counterfactual, so trend,
 * seasonality and anything else that changed at the same time are counted as CRM effect; it is
 * reported beside the causal estimators, labelled biased, and the gap is itself a finding
 * (design/roi-method.md, estimator 1).
 */
public final class NaiveBeforeAfter {

  static final String CAVEAT =
      "biased: a before/after difference counts trend, seasonality and every other change since"
          + " go-live as CRM effect";

  private NaiveBeforeAfter() {}

  /**
   * Per-unit and pooled naive effects.
   *
   * @param panel the panel; at least one unit must have gone live
   * @return the effects
   * @throws EstimationException if no unit went live
   */
  public static NaiveResult estimate(Panel panel) {
    int[] treated = panel.treatedUnits();
    if (treated.length == 0) {
      throw new EstimationException(
          "naive before/after needs a unit with a go-live but all "
              + panel.unitCount()
              + " units are controls");
    }
    List<NaiveEffect> effects = new ArrayList<>();
    double pooledTotal = 0;
    int pooledMonths = 0;
    for (int i : treated) {
      NaiveEffect effect = unit(panel, i);
      effects.add(effect);
      pooledTotal += effect.total();
      pooledMonths += effect.postMonths();
    }
    return new NaiveResult(effects, pooledTotal / pooledMonths, pooledTotal, CAVEAT);
  }

  private static NaiveEffect unit(Panel panel, int i) {
    int g = panel.goLiveIndex(i);
    double[] pre = meanAndCount(panel, i, 0, g);
    double[] post = meanAndCount(panel, i, g, panel.monthCount());
    double effect = post[0] - pre[0];
    int postMonths = (int) post[1];
    return new NaiveEffect(
        panel.units().get(i),
        panel.months().get(g),
        pre[0],
        post[0],
        effect,
        postMonths,
        effect * postMonths);
  }

  private static double[] meanAndCount(Panel panel, int unit, int from, int to) {
    double sum = 0;
    int count = 0;
    for (int t = from; t < to; t++) {
      double y = panel.outcome(unit, t);
      if (!Double.isNaN(y)) {
        sum += y;
        count++;
      }
    }
    return new double[] {sum / count, count};
  }
}
