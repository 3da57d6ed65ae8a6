package dev.crmroi.core.causal;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One rollout unit's monthly outcome series (NaN for a missing month), its optional go-live month
 * (the first treated month; empty for a never-treated control) and optional named covariates of the
 * same length.
 *
 * @param unit unit id, e.g. a region
 * @param outcome outcome per month, NaN where missing
 * @param goLive first month with the CRM live, empty if the unit never went live
 * @param covariates covariate series by name, each as long as the outcome
 * @param exposure per month, the unit's expected size in the outcome's units (e.g. its pre-period
 *     mean, or that times the month's sales capacity), each &gt; 0: the difference-in-differences
 *     compares units on outcome / exposure — parallel trends in relative terms, as when units of
 *     different size share multiplicative trends and seasons — and turns effects back into outcome
 *     units with it; all 1 compares absolute changes. The interrupted time series fits each unit on
 *     its own and does not use it.
 */
public record UnitSeries(
    String unit,
    double[] outcome,
    Optional<YearMonth> goLive,
    Map<String, double[]> covariates,
    double[] exposure) {

  /** Copies the arrays so the series cannot change after construction. */
  public UnitSeries {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(outcome, "outcome of unit '" + unit + "'");
    Objects.requireNonNull(goLive, "goLive of unit '" + unit + "'");
    Objects.requireNonNull(covariates, "covariates of unit '" + unit + "'");
    outcome = outcome.clone();
    Map<String, double[]> copy = new LinkedHashMap<>();
    covariates.forEach((name, values) -> copy.put(name, values.clone()));
    covariates = Collections.unmodifiableMap(copy);
    Objects.requireNonNull(exposure, "exposure of unit '" + unit + "'");
    exposure = exposure.clone();
    if (exposure.length != outcome.length) {
      throw new EstimationException(
          "exposure of unit '"
              + unit
              + "' has "
              + exposure.length
              + " months but its outcome has "
              + outcome.length);
    }
    for (int t = 0; t < exposure.length; t++) {
      if (!(exposure[t] > 0) || Double.isInfinite(exposure[t])) {
        throw new EstimationException(
            "exposure of unit '"
                + unit
                + "' in month "
                + t
                + " must be finite and > 0 but was "
                + exposure[t]);
      }
    }
  }

  /** A series compared on absolute changes (exposure 1 every month). */
  public UnitSeries(
      String unit, double[] outcome, Optional<YearMonth> goLive, Map<String, double[]> covariates) {
    this(unit, outcome, goLive, covariates, ones(outcome.length));
  }

  /** This series with the same exposure every month: compared on outcome / scale. */
  public UnitSeries withScale(double scale) {
    double[] e = new double[outcome.length];
    Arrays.fill(e, scale);
    return withExposure(e);
  }

  /** This series with a monthly exposure (see the record's javadoc). */
  public UnitSeries withExposure(double... newExposure) {
    return new UnitSeries(unit, outcome, goLive, covariates, newExposure);
  }

  /** A copy of the exposure series. */
  @Override
  public double[] exposure() {
    return exposure.clone();
  }

  private static double[] ones(int n) {
    double[] e = new double[n];
    Arrays.fill(e, 1.0);
    return e;
  }

  /** A unit that went live in {@code goLive}, without covariates. */
  public static UnitSeries treated(String unit, YearMonth goLive, double... outcome) {
    return new UnitSeries(unit, outcome, Optional.of(goLive), Map.of());
  }

  /** A unit that never went live (a control), without covariates. */
  public static UnitSeries control(String unit, double... outcome) {
    return new UnitSeries(unit, outcome, Optional.empty(), Map.of());
  }

  /** This series with one more covariate. */
  public UnitSeries withCovariate(String name, double... values) {
    Map<String, double[]> more = new LinkedHashMap<>(covariates);
    more.put(name, values);
    return new UnitSeries(unit, outcome, goLive, more, exposure);
  }

  /** A copy of the outcome series. */
  @Override
  public double[] outcome() {
    return outcome.clone();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof UnitSeries that
        && unit.equals(that.unit)
        && Arrays.equals(outcome, that.outcome)
        && goLive.equals(that.goLive)
        && Arrays.equals(exposure, that.exposure)
        && covariates.keySet().equals(that.covariates.keySet())
        && covariates.entrySet().stream()
            .allMatch(e -> Arrays.equals(e.getValue(), that.covariates.get(e.getKey())));
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        unit, Arrays.hashCode(outcome), goLive, covariates.keySet(), Arrays.hashCode(exposure));
  }

  @Override
  public String toString() {
    return "UnitSeries[" + unit + ", " + outcome.length + " months, goLive=" + goLive + "]";
  }
}
