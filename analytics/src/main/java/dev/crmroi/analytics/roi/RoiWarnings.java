package dev.crmroi.analytics.roi;

import dev.crmroi.core.causal.DidResult;
import dev.crmroi.core.causal.EffectReport;
import dev.crmroi.core.config.CrmRoiConfig;
import dev.crmroi.core.config.CrmRoiConfig.Event;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What could make a measured ROI wrong, said in words beside the figures, never hidden. */
final class RoiWarnings {
  private RoiWarnings() {}

  /**
   * Adds the warnings of one measurement.
   *
   * @param controls the units that never went live
   * @param units every rollout unit in the data
   */
  static void add(
      List<String> warnings,
      EffectReport total,
      CrmRoiConfig config,
      List<String> controls,
      List<String> units) {
    total.did().ifPresent(d -> did(warnings, d));
    total.itsUnavailable().ifPresent(w -> warnings.add("interrupted time series not shown: " + w));
    if (controls.isEmpty() && total.did().isEmpty()) {
      warnings.add(
          "no unit stayed without the CRM: the effect rests on each unit's own trend"
              + " and seasonality (interrupted time series), which changes at the same time as the"
              + " go-live can bias");
    }
    Set<String> companyWide = companyWide(config.events(), units);
    for (Event e : config.events()) {
      if (e.unit().isPresent()
          && e.productLine().isEmpty()
          && !companyWide.contains(e.date() + " " + e.label())) {
        warnings.add(
            "confounder in "
                + e.unit().get()
                + " from "
                + e.date()
                + " ("
                + e.label()
                + ") is not modelled as such: what it changes in that unit alone is credited to"
                + " the CRM, unless the stream's scaling absorbs it (sales follow capacity, i.e."
                + " reps and their ramp-up; service follows ticket volume; marketing follows"
                + " spend)");
      }
    }
  }

  /**
   * The events ("date label") that hold for every unit at once: named once per unit, or equally
   * true of all. A change common to every unit on one date is removed by comparing units with each
   * other, so it needs no warning.
   */
  private static Set<String> companyWide(List<Event> events, List<String> units) {
    Map<String, Set<String>> unitsByEvent = new HashMap<>();
    for (Event e : events) {
      e.unit()
          .ifPresent(
              u ->
                  unitsByEvent
                      .computeIfAbsent(e.date() + " " + e.label(), k -> new HashSet<>())
                      .add(u));
    }
    Set<String> out = new HashSet<>();
    unitsByEvent.forEach(
        (event, named) -> {
          if (!units.isEmpty() && named.containsAll(units)) {
            out.add(event);
          }
        });
    return out;
  }

  private static void did(List<String> warnings, DidResult d) {
    if (!d.preTrend().passed()) {
      warnings.add(
          "pre-trend test: "
              + d.preTrend().verdict()
              + "; units going live may have been on a different path before the CRM");
    }
    if (d.uncoveredTreatedUnitMonths() > 0) {
      warnings.add(
          d.uncoveredTreatedUnitMonths()
              + " treated unit-months had no unit left to"
              + " compare with (every unit was live by then) and are not in the totals");
    }
  }
}
