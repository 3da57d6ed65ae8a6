package dev.crmroi.core.causal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Interrupted time series per treated unit: an OLS segmented regression fitted on the pre-period
 * only (intercept, linear trend, month-of-year dummies when the pre-period has every calendar month
 * at least twice, optional covariates) is forecast over the post period; the effect is observed −
 * forecast per month and in total (Bernal, Cummins &amp; Gasparrini, "Interrupted time series
 * regression for the evaluation of public health interventions: a tutorial", Int. J. Epidemiol.
 * 46(1), 2017). Level and slope change come from the full segmented model ({@link
 * SegmentedChange}).
 *
 * <p>Uncertainty: moving-block bootstrap of the pre-period residuals (Künsch, "The jackknife and
 * the bootstrap for general stationary observations", Ann. Statist. 17(3), 1989). Each replicate
 * adds resampled residual blocks to the fitted pre-period values, refits, and subtracts the new
 * forecast plus a resampled block path for the post-period noise, so the interval covers both the
 * model's estimation error and the counterfactual's own month-to-month noise. Residuals are
 * leverage-adjusted and centred (Davison &amp; Hinkley 1997, eq. 6.9); block length is the cube
 * root of the pre-period length rounded and held to 3–6 months (Hall, Horowitz &amp; Jing 1995 give
 * n^(1/3) as the rate for intervals). Missing months are skipped, so a block may bridge a gap.
 * Units are resampled independently and their replicates summed; percentile 95% intervals. Coverage
 * on simulated series with trend, seasonality and white noise (400 seeds): 94% with 48 pre-period
 * months, 89% with 30 (13 parameters on 30 points: the percentile interval ignores the
 * t-distribution's heavier tails).
 */
public final class InterruptedTimeSeries {

  private InterruptedTimeSeries() {}

  /**
   * Estimates the effect for every treated unit.
   *
   * @param panel the panel
   * @param options model settings
   * @param bootstrap replicates and seed
   * @param derived quantities computed from each replicate's incremental series
   * @return per-unit and pooled effects with intervals
   * @throws EstimationException if no unit went live or a unit's pre-period is too short
   */
  public static ItsResult estimate(
      Panel panel, ItsOptions options, BootstrapSettings bootstrap, List<DerivedQuantity> derived) {
    int[] treated = panel.treatedUnits();
    if (treated.length == 0) {
      throw new EstimationException(
          "interrupted time series needs a unit with a go-live but all "
              + panel.unitCount()
              + " units are controls");
    }
    List<ItsUnitFit> fits = new ArrayList<>();
    int first = panel.monthCount();
    for (int i : treated) {
      ItsUnitFit fit = new ItsUnitFit(panel, i, options);
      fits.add(fit);
      first = Math.min(first, fit.goLive);
    }
    IncrementalSeries point = pointSeries(panel, fits, first);
    ReplicateStore store =
        new ReplicateStore(bootstrap.replicates(), 2 * fits.size() + 2, point.months(), derived);
    replicate(fits, first, point.values().length, bootstrap, store);
    return result(panel, fits, point, store, bootstrap);
  }

  private static IncrementalSeries pointSeries(Panel panel, List<ItsUnitFit> fits, int first) {
    double[] monthly = new double[panel.monthCount() - first];
    for (ItsUnitFit fit : fits) {
      for (int r = 0; r < fit.postRows.length; r++) {
        monthly[fit.postRows[r] - first] += fit.effect(r);
      }
    }
    return new IncrementalSeries(panel.months().subList(first, panel.monthCount()), monthly);
  }

  private static void replicate(
      List<ItsUnitFit> fits,
      int first,
      int length,
      BootstrapSettings bootstrap,
      ReplicateStore store) {
    SplittableRandom random = new SplittableRandom(bootstrap.seed());
    double[][] effects = new double[fits.size()][];
    for (int u = 0; u < fits.size(); u++) {
      effects[u] = new double[fits.get(u).postRows.length];
    }
    double[] scalars = new double[2 * fits.size() + 2];
    double[] monthly = new double[length];
    for (int b = 0; b < bootstrap.replicates(); b++) {
      Arrays.fill(monthly, 0);
      double pooled = 0;
      int pooledMonths = 0;
      for (int u = 0; u < fits.size(); u++) {
        ItsUnitFit fit = fits.get(u);
        fit.replicate(random, effects[u]);
        double total = 0;
        for (int r = 0; r < effects[u].length; r++) {
          total += effects[u][r];
          monthly[fit.postRows[r] - first] += effects[u][r];
        }
        scalars[2 * u] = total / effects[u].length;
        scalars[2 * u + 1] = total;
        pooled += total;
        pooledMonths += effects[u].length;
      }
      scalars[2 * fits.size()] = pooled;
      scalars[2 * fits.size() + 1] = pooled / pooledMonths;
      store.add(scalars, monthly);
    }
  }

  private static ItsResult result(
      Panel panel,
      List<ItsUnitFit> fits,
      IncrementalSeries point,
      ReplicateStore store,
      BootstrapSettings bootstrap) {
    List<UnitItsEffect> units = new ArrayList<>();
    double pooled = 0;
    int pooledMonths = 0;
    for (int u = 0; u < fits.size(); u++) {
      ItsUnitFit fit = fits.get(u);
      List<MonthEffect> months = new ArrayList<>();
      double total = 0;
      for (int r = 0; r < fit.postRows.length; r++) {
        months.add(
            new MonthEffect(
                panel.months().get(fit.postRows[r]),
                fit.observed[r],
                fit.forecast[r],
                fit.effect(r)));
        total += fit.effect(r);
      }
      pooled += total;
      pooledMonths += months.size();
      SegmentedChange change = SegmentedChange.fit(panel, fit);
      units.add(
          new UnitItsEffect(
              panel.units().get(fit.unit),
              panel.months().get(fit.goLive),
              fit.design.terms(),
              fit.coefficientList(),
              fit.design.seasonality(),
              fit.preMonths(),
              months,
              store.interval(2 * u, total / months.size()),
              store.interval(2 * u + 1, total),
              change.level(),
              change.slope(),
              fit.blockLength()));
    }
    int k = 2 * fits.size();
    return new ItsResult(
        units,
        store.interval(k + 1, pooled / pooledMonths),
        store.interval(k, pooled),
        point,
        store.derivedIntervals(point),
        bootstrap);
  }
}
