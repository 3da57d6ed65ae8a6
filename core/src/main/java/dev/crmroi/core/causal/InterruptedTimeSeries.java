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
    return estimateSum(List.of(panel), options, bootstrap, derived);
  }

  /**
   * Estimates the effect on the sum of panel layers that share units, months and go-lives: each
   * layer is fitted on its own and carried forward at its {@link Panel#carry}; replicate b draws
   * the same residual blocks in every layer (one generator per layer, same seed, same block
   * layout), so the summed series keeps the layers' joint noise. With more than one layer the
   * per-unit detail sums the layers' months and leaves out the model terms, which differ by layer.
   *
   * @param layers one or more panels of the same design
   * @param options model settings
   * @param bootstrap replicates and seed
   * @param derived quantities computed from each replicate's summed incremental series
   * @return per-unit and pooled effects with intervals; totals carried, per-month effects not
   * @throws EstimationException if no unit went live, a pre-period is too short or the layers
   *     differ in design
   */
  public static ItsResult estimateSum(
      List<Panel> layers,
      ItsOptions options,
      BootstrapSettings bootstrap,
      List<DerivedQuantity> derived) {
    Panel panel = layers.get(0);
    int[] treated = panel.treatedUnits();
    if (treated.length == 0) {
      throw new EstimationException(
          "interrupted time series needs a unit with a go-live but all "
              + panel.unitCount()
              + " units are controls");
    }
    List<List<ItsUnitFit>> fits = new ArrayList<>();
    int first = panel.monthCount();
    for (Panel layer : layers) {
      if (!panel.sameDesign(layer)) {
        throw new EstimationException(
            "panel layer "
                + fits.size()
                + " differs from layer 0 in its units, months or go-lives");
      }
      List<ItsUnitFit> layerFits = new ArrayList<>();
      for (int i : treated) {
        ItsUnitFit fit = new ItsUnitFit(layer, i, options);
        if (!fits.isEmpty()
            && !Arrays.equals(fit.postRows, fits.get(0).get(layerFits.size()).postRows)) {
          throw new EstimationException(
              "panel layer "
                  + fits.size()
                  + " observes other post-period months of unit '"
                  + panel.units().get(i)
                  + "' than layer 0");
        }
        layerFits.add(fit);
        first = Math.min(first, fit.goLive);
      }
      fits.add(layerFits);
    }
    Layers l = new Layers(layers, fits, first);
    IncrementalSeries point = pointSeries(panel, l);
    ReplicateStore store =
        new ReplicateStore(bootstrap.replicates(), 2 * treated.length + 2, point.months(), derived);
    replicate(l, point.values().length, bootstrap, store);
    return result(panel, l, point, store, bootstrap);
  }

  /** The layers' fits with what each layer's carry-forward makes of a month's flow. */
  private record Layers(List<Panel> panels, List<List<ItsUnitFit>> fits, int first) {
    double weight(int layer, int month) {
      return CarryForward.weight(panels.get(layer).monthCount() - month, panels.get(layer).carry());
    }

    double carry(int layer) {
      return panels.get(layer).carry();
    }

    int units() {
      return fits.get(0).size();
    }
  }

  private static IncrementalSeries pointSeries(Panel panel, Layers l) {
    double[] monthly = new double[panel.monthCount() - l.first()];
    double[] layer = new double[monthly.length];
    for (int k = 0; k < l.fits().size(); k++) {
      java.util.Arrays.fill(layer, 0);
      for (ItsUnitFit fit : l.fits().get(k)) {
        for (int r = 0; r < fit.postRows.length; r++) {
          layer[fit.postRows[r] - l.first()] += fit.effect(r);
        }
      }
      CarryForward.apply(layer, l.carry(k));
      for (int m = 0; m < monthly.length; m++) {
        monthly[m] += layer[m];
      }
    }
    return new IncrementalSeries(panel.months().subList(l.first(), panel.monthCount()), monthly);
  }

  private static void replicate(
      Layers l, int length, BootstrapSettings bootstrap, ReplicateStore store) {
    int layers = l.fits().size();
    SplittableRandom[] random = new SplittableRandom[layers];
    double[][][] effects = new double[layers][l.units()][];
    for (int k = 0; k < layers; k++) {
      random[k] = new SplittableRandom(bootstrap.seed());
      for (int u = 0; u < l.units(); u++) {
        effects[k][u] = new double[l.fits().get(k).get(u).postRows.length];
      }
    }
    double[] scalars = new double[2 * l.units() + 2];
    double[] monthly = new double[length];
    double[] layerMonthly = new double[length];
    for (int b = 0; b < bootstrap.replicates(); b++) {
      Arrays.fill(monthly, 0);
      Arrays.fill(scalars, 0);
      int pooledMonths = 0;
      for (int k = 0; k < layers; k++) {
        Arrays.fill(layerMonthly, 0);
        for (int u = 0; u < l.units(); u++) {
          ItsUnitFit fit = l.fits().get(k).get(u);
          fit.replicate(random[k], effects[k][u]);
          for (int r = 0; r < effects[k][u].length; r++) {
            double e = effects[k][u][r];
            scalars[2 * u] += e / effects[k][u].length;
            scalars[2 * u + 1] += e * l.weight(k, fit.postRows[r]);
            scalars[2 * l.units() + 1] += e;
            layerMonthly[fit.postRows[r] - l.first()] += e;
          }
          pooledMonths += k == 0 ? effects[k][u].length : 0;
        }
        CarryForward.apply(layerMonthly, l.carry(k));
        for (int m = 0; m < length; m++) {
          monthly[m] += layerMonthly[m];
        }
      }
      for (int u = 0; u < l.units(); u++) {
        scalars[2 * l.units()] += scalars[2 * u + 1];
      }
      scalars[2 * l.units() + 1] /= pooledMonths;
      store.add(scalars, monthly);
    }
  }

  private static ItsResult result(
      Panel panel,
      Layers l,
      IncrementalSeries point,
      ReplicateStore store,
      BootstrapSettings bootstrap) {
    List<UnitItsEffect> units = new ArrayList<>();
    double pooled = 0;
    double pooledFlow = 0;
    int pooledMonths = 0;
    for (int u = 0; u < l.units(); u++) {
      ItsUnitFit fit = l.fits().get(0).get(u);
      List<MonthEffect> months = new ArrayList<>();
      double flow = 0;
      double total = 0;
      for (int r = 0; r < fit.postRows.length; r++) {
        double observed = 0;
        double forecast = 0;
        for (int k = 0; k < l.fits().size(); k++) {
          ItsUnitFit layerFit = l.fits().get(k).get(u);
          observed += layerFit.observed[r];
          forecast += layerFit.forecast[r];
          total += layerFit.effect(r) * l.weight(k, fit.postRows[r]);
        }
        months.add(
            new MonthEffect(
                panel.months().get(fit.postRows[r]), observed, forecast, observed - forecast));
        flow += observed - forecast;
      }
      pooled += total;
      pooledFlow += flow;
      pooledMonths += months.size();
      units.add(unitEffect(panel, l, fit, months, store, u, flow / months.size(), total));
    }
    int k = 2 * l.units();
    return new ItsResult(
        units,
        store.interval(k + 1, pooledFlow / pooledMonths),
        store.interval(k, pooled),
        point,
        store.derivedIntervals(point),
        bootstrap);
  }

  private static UnitItsEffect unitEffect(
      Panel panel,
      Layers l,
      ItsUnitFit fit,
      List<MonthEffect> months,
      ReplicateStore store,
      int u,
      double perMonth,
      double total) {
    boolean single = l.fits().size() == 1;
    SegmentedChange change = SegmentedChange.fit(panel, fit);
    return new UnitItsEffect(
        panel.units().get(fit.unit),
        panel.months().get(fit.goLive),
        single ? fit.design.terms() : List.of(),
        single ? fit.coefficientList() : List.of(),
        single ? fit.design.seasonality() : "one model per layer (" + l.fits().size() + ")",
        fit.preMonths(),
        months,
        store.interval(2 * u, perMonth),
        store.interval(2 * u + 1, total),
        single ? change.level() : java.util.OptionalDouble.empty(),
        single ? change.slope() : java.util.OptionalDouble.empty(),
        fit.blockLength());
  }
}
