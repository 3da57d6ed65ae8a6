package dev.crmroi.core.causal;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Staggered difference-in-differences of Callaway &amp; Sant'Anna, "Difference-in-Differences with
 * multiple time periods", J. Econometrics 225(2), 2021: the unconditional (no covariates)
 * group-time average treatment effect
 *
 * <p>ATT(g, t) = E[Y_t − Y_{g−1} | G = g] − E[Y_t − Y_{g−1} | not yet treated by max(t, g − 1)]
 *
 * <p>with equal unit weights, for every go-live cohort g and month t ≠ g − 1 (a "universal" base
 * period g − 1, so pre-period cells are placebo effects relative to the month before go-live).
 * Comparison units are the not-yet-treated, which include the never-treated; a cell with no
 * comparison or treated unit observed in both months is not estimable and left out. Unlike two-way
 * fixed effects, already-treated units never serve as controls, so effects that grow with exposure
 * do not bias the estimate. Aggregations are described in {@link DidAggregation}.
 *
 * <p>Uncertainty: cluster bootstrap over units (resample N units with replacement, as multiplicity
 * weights, and recompute every cell and aggregation), percentile 95% intervals. A replicate in
 * which no post cell is estimable is redrawn and counted. Event-study and cell intervals use the
 * replicates in which that quantity exists.
 */
public final class CallawaySantAnna {

  private static final int MAX_DRAWS_PER_REPLICATE = 10;

  private CallawaySantAnna() {}

  /**
   * Estimates group-time effects and their aggregations.
   *
   * @param panel the panel, with at least one treated unit
   * @param bootstrap replicates and seed
   * @param derived quantities computed from each replicate's incremental series
   * @return effects with intervals
   * @throws EstimationException if no cohort has a comparison unit after its go-live
   */
  public static DidResult estimate(
      Panel panel, BootstrapSettings bootstrap, List<DerivedQuantity> derived) {
    return estimate(panel, bootstrap, derived, BaseWindow.MONTH_BEFORE);
  }

  /**
   * Estimates group-time effects and their aggregations with post-period months compared with
   * {@code base}.
   *
   * @param panel the panel, with at least one treated unit
   * @param bootstrap replicates and seed
   * @param derived quantities computed from each replicate's incremental series
   * @param base the months the post-period long differences start from; placebo cells use the month
   *     before
   * @return effects with intervals
   * @throws EstimationException if no cohort has a comparison unit after its go-live
   */
  public static DidResult estimate(
      Panel panel, BootstrapSettings bootstrap, List<DerivedQuantity> derived, BaseWindow base) {
    return estimateSum(List.of(panel), bootstrap, derived, base);
  }

  /**
   * Estimates the effect on the sum of panel layers that share units, months and go-lives (see
   * {@link DidLayers}): each replicate draws units once for every layer, so the summed incremental
   * series, its total and the derived quantities keep the layers' joint uncertainty.
   *
   * @param layers one or more panels of the same design, each with its exposure and carry-forward
   * @param bootstrap replicates and seed
   * @param derived quantities computed from each replicate's summed incremental series
   * @param base the months the post-period long differences start from
   * @return effects with intervals; cell and event-study effects relative to the summed exposure
   * @throws EstimationException if no cohort has a comparison unit after its go-live, or the layers
   *     differ in design
   */
  public static DidResult estimateSum(
      List<Panel> layers,
      BootstrapSettings bootstrap,
      List<DerivedQuantity> derived,
      BaseWindow base) {
    Panel panel = layers.get(0);
    if (panel.treatedUnits().length == 0) {
      throw new EstimationException(
          "difference-in-differences needs a unit with a go-live but all "
              + panel.unitCount()
              + " units are controls");
    }
    DidLayers did = new DidLayers(layers, base);
    GroupTimeCells cells = did.cells;
    DidAggregation aggregation = did.aggregation;
    int[] ones = new int[panel.unitCount()];
    Arrays.fill(ones, 1);
    double[] att = new double[cells.cellCount()];
    double[] size = new double[cells.cellCount()];
    double[] scalars = new double[aggregation.scalarCount()];
    double[] monthly = new double[panel.monthCount() - aggregation.firstMonth];
    double[] cohortSize = cohortSizes(cells, ones, new double[cells.cohorts.length]);
    if (!did.estimate(ones, cohortSize, att, size, scalars, monthly)) {
      throw new EstimationException(
          "difference-in-differences has no comparison unit for any cohort after go-live: all "
              + panel.unitCount()
              + " units are treated by "
              + panel.months().get(cells.cohorts[0])
              + " and none is never treated");
    }
    IncrementalSeries point =
        new IncrementalSeries(
            panel.months().subList(aggregation.firstMonth, panel.monthCount()), monthly);
    ReplicateStore store =
        new ReplicateStore(
            bootstrap.replicates(), aggregation.scalarCount(), point.months(), derived);
    int discarded = replicate(panel.unitCount(), did, bootstrap, store);
    return new DidResults(panel, cells, aggregation, store)
        .assemble(att, size, scalars, point, discarded, bootstrap);
  }

  private static int replicate(
      int units, DidLayers did, BootstrapSettings bootstrap, ReplicateStore store) {
    GroupTimeCells cells = did.cells;
    SplittableRandom random = new SplittableRandom(bootstrap.seed());
    int[] counts = new int[units];
    double[] att = new double[cells.cellCount()];
    double[] size = new double[cells.cellCount()];
    double[] cohortSize = new double[cells.cohorts.length];
    double[] scalars = new double[did.aggregation.scalarCount()];
    double[] monthly = new double[did.aggregation.monthlyLength()];
    int discarded = 0;
    int maxDraws = MAX_DRAWS_PER_REPLICATE * bootstrap.replicates();
    for (int draw = 0; store.count() < bootstrap.replicates() && draw < maxDraws; draw++) {
      Arrays.fill(counts, 0);
      for (int i = 0; i < units; i++) {
        counts[random.nextInt(units)]++;
      }
      cohortSizes(cells, counts, cohortSize);
      if (did.estimate(counts, cohortSize, att, size, scalars, monthly)) {
        store.add(scalars, monthly);
      } else {
        discarded++;
      }
    }
    return discarded;
  }

  private static double[] cohortSizes(GroupTimeCells cells, int[] weights, double[] sizes) {
    Arrays.fill(sizes, 0);
    for (int i = 0; i < weights.length; i++) {
      if (cells.unitCohort[i] >= 0) {
        sizes[cells.unitCohort[i]] += weights[i];
      }
    }
    return sizes;
  }
}
