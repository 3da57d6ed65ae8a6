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
    return estimateSum(List.of(panel));
  }

  /**
   * Per-unit and pooled naive effects on the sum of panel layers of the same design, each layer's
   * monthly effect carried forward at its {@link Panel#carry} before it is totalled.
   *
   * @param layers one or more panels with the same units, months and go-lives
   * @return the effects, per month as flows, totals carried
   * @throws EstimationException if no unit went live or the layers differ in design
   */
  public static NaiveResult estimateSum(List<Panel> layers) {
    Panel panel = layers.get(0);
    for (Panel layer : layers) {
      if (!panel.sameDesign(layer)) {
        throw new EstimationException(
            "naive before/after needs layers with the same units, months and go-lives");
      }
    }
    int[] treated = panel.treatedUnits();
    if (treated.length == 0) {
      throw new EstimationException(
          "naive before/after needs a unit with a go-live but all "
              + panel.unitCount()
              + " units are controls");
    }
    List<NaiveEffect> effects = new ArrayList<>();
    double pooledTotal = 0;
    double pooledFlow = 0;
    int pooledMonths = 0;
    for (int i : treated) {
      NaiveEffect effect = unit(layers, i);
      effects.add(effect);
      pooledTotal += effect.total();
      pooledFlow += effect.effectPerMonth() * effect.postMonths();
      pooledMonths += effect.postMonths();
    }
    return new NaiveResult(effects, pooledFlow / pooledMonths, pooledTotal, CAVEAT);
  }

  private static NaiveEffect unit(List<Panel> layers, int i) {
    Panel first = layers.get(0);
    int g = first.goLiveIndex(i);
    double preMean = 0;
    double postMean = 0;
    double total = 0;
    int postMonths = 0;
    for (Panel panel : layers) {
      double[] pre = meanAndCount(panel, i, 0, g);
      double[] post = meanAndCount(panel, i, g, panel.monthCount());
      preMean += pre[0];
      postMean += post[0];
      postMonths = (int) post[1];
      total += (post[0] - pre[0]) * carriedMonths(panel, i, g);
    }
    return new NaiveEffect(
        first.units().get(i),
        first.months().get(g),
        preMean,
        postMean,
        postMean - preMean,
        postMonths,
        total);
  }

  /** The observed post months of unit i, each weighted by what carrying it forward makes of it. */
  private static double carriedMonths(Panel panel, int unit, int from) {
    double sum = 0;
    for (int t = from; t < panel.monthCount(); t++) {
      if (!Double.isNaN(panel.outcome(unit, t))) {
        sum += CarryForward.weight(panel.monthCount() - t, panel.carry());
      }
    }
    return sum;
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
