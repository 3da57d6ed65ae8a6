package dev.crmroi.analytics.roi;

import dev.crmroi.core.causal.DidResult;
import dev.crmroi.core.causal.EffectReport;
import dev.crmroi.core.config.CrmRoiConfig;
import dev.crmroi.core.config.CrmRoiConfig.Event;
import java.util.List;

/** What could make a measured ROI wrong, said in words beside the figures, never hidden. */
final class RoiWarnings {
  private RoiWarnings() {}

  static void add(
      List<String> warnings, EffectReport total, CrmRoiConfig config, List<String> controls) {
    total.did().ifPresent(d -> did(warnings, d));
    total.itsUnavailable().ifPresent(w -> warnings.add("interrupted time series not shown: " + w));
    if (controls.isEmpty() && total.did().isEmpty()) {
      warnings.add(
          "no unit stayed without the CRM: the effect rests on each unit's own trend"
              + " and seasonality (interrupted time series), which changes at the same time as the"
              + " go-live can bias");
    }
    for (Event e : config.events()) {
      if (e.unit().isPresent() && e.productLine().isEmpty()) {
        warnings.add(
            "confounder in "
                + e.unit().get()
                + " from "
                + e.date()
                + " ("
                + e.label()
                + ") is not modelled: it is credited to the CRM where it changes outcomes in that"
                + " unit only");
      }
    }
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
