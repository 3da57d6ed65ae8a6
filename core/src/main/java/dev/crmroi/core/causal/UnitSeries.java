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
 */
public record UnitSeries(
    String unit, double[] outcome, Optional<YearMonth> goLive, Map<String, double[]> covariates) {

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
    return new UnitSeries(unit, outcome, goLive, more);
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
        && covariates.keySet().equals(that.covariates.keySet())
        && covariates.entrySet().stream()
            .allMatch(e -> Arrays.equals(e.getValue(), that.covariates.get(e.getKey())));
  }

  @Override
  public int hashCode() {
    return Objects.hash(unit, Arrays.hashCode(outcome), goLive, covariates.keySet());
  }

  @Override
  public String toString() {
    return "UnitSeries[" + unit + ", " + outcome.length + " months, goLive=" + goLive + "]";
  }
}
