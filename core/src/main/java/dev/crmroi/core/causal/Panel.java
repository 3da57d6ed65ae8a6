package dev.crmroi.core.causal;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An immutable monthly panel: rollout units × consecutive months, one outcome per cell (NaN where
 * missing), each unit's optional go-live month and optional named covariates.
 *
 * <p>Built by {@link #of}, which rejects with an {@link EstimationException} naming the unit: a
 * unit without any observed outcome, a go-live after the data ends or in the first month (no
 * pre-period), no observed month before or from the go-live, series of different lengths, infinite
 * values, unknown or missing covariates. Estimator-specific needs (e.g. six pre-period months for
 * an interrupted time series) are checked by the estimators.
 */
public final class Panel {

  private final List<String> units;
  private final List<YearMonth> months;
  private final double[][] outcome;
  private final int[] goLive;
  private final List<String> covariateNames;
  private final double[][][] covariates;
  private final double[][] exposure;
  private final double carry;
  private final BaseWindow base;

  private Panel(
      List<String> units,
      List<YearMonth> months,
      double[][] outcome,
      int[] goLive,
      List<String> covariateNames,
      double[][][] covariates,
      double[][] exposure,
      double carry,
      BaseWindow base) {
    this.units = units;
    this.months = months;
    this.outcome = outcome;
    this.goLive = goLive;
    this.covariateNames = covariateNames;
    this.covariates = covariates;
    this.exposure = exposure;
    this.carry = carry;
    this.base = base;
  }

  /**
   * Builds and validates a panel.
   *
   * @param firstMonth month of index 0 of every series
   * @param series one entry per unit, all of the same length, unit ids unique
   * @return the panel
   * @throws EstimationException naming the first problem found
   */
  public static Panel of(YearMonth firstMonth, List<UnitSeries> series) {
    if (series == null || series.isEmpty()) {
      throw new EstimationException("panel needs at least one unit but had none");
    }
    int length = series.get(0).outcome().length;
    if (length < 2) {
      throw new EstimationException(
          "panel needs at least 2 months but unit '" + series.get(0).unit() + "' had " + length);
    }
    List<YearMonth> months = new ArrayList<>(length);
    for (int t = 0; t < length; t++) {
      months.add(firstMonth.plusMonths(t));
    }
    List<String> names = List.copyOf(series.get(0).covariates().keySet());
    int n = series.size();
    List<String> ids = new ArrayList<>(n);
    double[][] outcome = new double[n][];
    int[] goLive = new int[n];
    double[][][] covariates = new double[names.size()][n][];
    double[][] exposure = new double[n][];
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < n; i++) {
      UnitSeries s = series.get(i);
      PanelChecks.unitId(s.unit(), seen);
      outcome[i] = PanelChecks.values(s.unit(), "outcome", s.outcome(), length, months);
      goLive[i] = PanelChecks.goLive(s, outcome[i], months);
      PanelChecks.sameCovariates(s, names, series.get(0).unit());
      for (int k = 0; k < names.size(); k++) {
        covariates[k][i] =
            PanelChecks.values(
                s.unit(),
                "covariate '" + names.get(k) + "'",
                s.covariates().get(names.get(k)),
                length,
                months);
      }
      ids.add(s.unit());
      exposure[i] = s.exposure();
    }
    return new Panel(
        List.copyOf(ids),
        List.copyOf(months),
        outcome,
        goLive,
        names,
        covariates,
        exposure,
        0,
        null);
  }

  /**
   * This panel with its effects read as flows of lasting benefit: every estimator carries its
   * monthly incremental series forward with {@link CarryForward} at {@code retention} (1 − the
   * monthly churn hazard) before summing it, e.g. MRR saved in a month that keeps paying while the
   * subscription lasts. 0 (the default) sums the effects as they are.
   *
   * @throws EstimationException unless 0 ≤ retention &lt; 1
   */
  public Panel withCarry(double retention) {
    return new Panel(
        units,
        months,
        outcome,
        goLive,
        covariateNames,
        covariates,
        exposure,
        CarryForward.checked(retention),
        base);
  }

  /**
   * This panel with its own difference-in-differences base window, in place of the estimator's:
   * e.g. a rate such as the churn hazard, noisy month to month and without a level that drifts, is
   * better compared with a longer window (see {@link BaseWindow}).
   */
  public Panel withBaseWindow(BaseWindow window) {
    return new Panel(
        units,
        months,
        outcome,
        goLive,
        covariateNames,
        covariates,
        exposure,
        carry,
        java.util.Objects.requireNonNull(window, "window"));
  }

  /** The panel's own base window, empty when the estimator's applies. */
  public Optional<BaseWindow> baseWindow() {
    return Optional.ofNullable(base);
  }

  /** The monthly retention at which effects are carried forward, 0 when they are not. */
  public double carry() {
    return carry;
  }

  /** Whether {@code other} has the same units, months and go-lives (so it can be a layer of it). */
  boolean sameDesign(Panel other) {
    return units.equals(other.units)
        && months.equals(other.months)
        && java.util.Arrays.equals(goLive, other.goLive);
  }

  /** Unit ids in input order; index i is unit i. */
  public List<String> units() {
    return units;
  }

  /** Consecutive months; index t is month t. */
  public List<YearMonth> months() {
    return months;
  }

  /** Covariate names, in the order they were given. */
  public List<String> covariateNames() {
    return covariateNames;
  }

  /** Number of units. */
  public int unitCount() {
    return units.size();
  }

  /** Number of months. */
  public int monthCount() {
    return months.size();
  }

  /** Outcome of unit i in month t, NaN if missing. */
  public double outcome(int unit, int month) {
    return outcome[unit][month];
  }

  /** Unit i's exposure in month t: DiD compares outcome / exposure (see {@link UnitSeries}). */
  public double exposure(int unit, int month) {
    return exposure[unit][month];
  }

  /** Covariate k of unit i in month t, NaN if missing. */
  public double covariate(int k, int unit, int month) {
    return covariates[k][unit][month];
  }

  /** Go-live month of unit i, empty for a never-treated unit. */
  public Optional<YearMonth> goLive(int unit) {
    return goLive[unit] < 0 ? Optional.empty() : Optional.of(months.get(goLive[unit]));
  }

  /** Month index of unit i's go-live, or -1 if it never went live. */
  int goLiveIndex(int unit) {
    return goLive[unit];
  }

  /** Whether unit i ever went live. */
  public boolean isTreated(int unit) {
    return goLive[unit] >= 0;
  }

  /** Indices of the units that went live, in input order. */
  public int[] treatedUnits() {
    int[] treated = new int[unitCount()];
    int count = 0;
    for (int i = 0; i < unitCount(); i++) {
      if (isTreated(i)) {
        treated[count++] = i;
      }
    }
    return java.util.Arrays.copyOf(treated, count);
  }

  /** Index of month {@code month}, or -1 if it is outside the panel. */
  public int monthIndex(YearMonth month) {
    long offset = months.get(0).until(month, java.time.temporal.ChronoUnit.MONTHS);
    return offset < 0 || offset >= months.size() ? -1 : (int) offset;
  }
}
