package dev.crmroi.core.causal;

import java.time.YearMonth;
import java.util.List;
import java.util.Set;

/** Validation of panel input; every message names the unit and the offending value. */
final class PanelChecks {

  private PanelChecks() {}

  static void unitId(String unit, Set<String> seen) {
    if (unit.isBlank()) {
      throw new EstimationException("unit id must not be blank but was '" + unit + "'");
    }
    if (!seen.add(unit)) {
      throw new EstimationException("unit id must be unique but '" + unit + "' appears twice");
    }
  }

  static double[] values(
      String unit, String what, double[] values, int length, List<YearMonth> months) {
    if (values == null) {
      throw new EstimationException("unit '" + unit + "' has no " + what + " series");
    }
    if (values.length != length) {
      throw new EstimationException(
          what
              + " of unit '"
              + unit
              + "' must have "
              + length
              + " months but had "
              + values.length);
    }
    for (int t = 0; t < length; t++) {
      if (Double.isInfinite(values[t])) {
        throw new EstimationException(
            what + " of unit '" + unit + "' in " + months.get(t) + " is " + values[t]);
      }
    }
    return values.clone();
  }

  static int goLive(UnitSeries s, double[] outcome, List<YearMonth> months) {
    YearMonth first = months.get(0);
    YearMonth last = months.get(months.size() - 1);
    if (observed(outcome, 0, outcome.length) == 0) {
      throw new EstimationException(
          "unit '"
              + s.unit()
              + "' has no outcome data: all "
              + outcome.length
              + " months are missing");
    }
    if (s.goLive().isEmpty()) {
      return -1;
    }
    YearMonth goLive = s.goLive().get();
    if (goLive.isAfter(last)) {
      throw new EstimationException(
          "go-live " + goLive + " of unit '" + s.unit() + "' is after the data ends in " + last);
    }
    if (!goLive.isAfter(first)) {
      throw new EstimationException(
          "go-live "
              + goLive
              + " of unit '"
              + s.unit()
              + "' leaves no pre-period: the data start in "
              + first);
    }
    int g = (int) first.until(goLive, java.time.temporal.ChronoUnit.MONTHS);
    if (observed(outcome, 0, g) == 0) {
      throw new EstimationException(
          "unit '" + s.unit() + "' has no observed outcome before its go-live " + goLive);
    }
    if (observed(outcome, g, outcome.length) == 0) {
      throw new EstimationException(
          "unit '"
              + s.unit()
              + "' has an empty post period: no observed outcome from its go-live "
              + goLive
              + " to "
              + last);
    }
    return g;
  }

  static void sameCovariates(UnitSeries s, List<String> names, String firstUnit) {
    if (!s.covariates().keySet().equals(Set.copyOf(names))) {
      throw new EstimationException(
          "unit '"
              + s.unit()
              + "' has covariates "
              + s.covariates().keySet()
              + " but unit '"
              + firstUnit
              + "' has "
              + names);
    }
  }

  static int observed(double[] values, int from, int to) {
    int count = 0;
    for (int t = from; t < to; t++) {
      if (!Double.isNaN(values[t])) {
        count++;
      }
    }
    return count;
  }
}
