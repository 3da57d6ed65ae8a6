package dev.crmroi.analytics.roi;

import dev.crmroi.analytics.roi.RoiReport.Costs;
import dev.crmroi.analytics.roi.RoiReport.Estimate;
import dev.crmroi.analytics.roi.RoiReport.Figure;
import dev.crmroi.analytics.roi.RoiReport.StreamResult;
import dev.crmroi.analytics.tco.CostLedger;
import dev.crmroi.analytics.tco.Tco;
import dev.crmroi.core.causal.DerivedInterval;
import dev.crmroi.core.causal.DidResult;
import dev.crmroi.core.causal.EffectReport;
import dev.crmroi.core.causal.EstimatorKind;
import dev.crmroi.core.causal.IncrementalSeries;
import dev.crmroi.core.causal.Interval;
import dev.crmroi.core.causal.ItsResult;
import dev.crmroi.core.causal.MeasuredEffect;
import dev.crmroi.core.config.CrmRoiConfig;
import dev.crmroi.core.config.CrmRoiConfig.Event;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/** Puts the estimates, costs and derived figures of a measurement together into a report. */
final class RoiAssembly {
  private static final int RUN_RATE_MONTHS = 6;

  private final CrmRoiConfig config;
  private final StreamPanels panels;
  private final CostLedger ledger;
  private final Tco tco;
  private final Map<BenefitStream, EffectReport> byStream;
  private final EffectReport total;
  private final List<String> warnings;
  private final OptionalDouble quality;

  RoiAssembly(
      CrmRoiConfig config,
      StreamPanels panels,
      CostLedger ledger,
      Tco tco,
      Map<BenefitStream, EffectReport> byStream,
      EffectReport total,
      List<String> warnings,
      OptionalDouble quality) {
    this.config = config;
    this.panels = panels;
    this.ledger = ledger;
    this.tco = tco;
    this.byStream = byStream;
    this.total = total;
    this.warnings = new ArrayList<>(warnings);
    this.quality = quality;
  }

  RoiReport report(YearMonth first, YearMonth last) {
    List<StreamResult> streams = new ArrayList<>();
    byStream.forEach((s, r) -> streams.add(result(s.id(), r)));
    StreamResult sum = result("total", total);
    double benefits = sum.headline().point();
    double costs = tco.total();
    Map<String, YearMonth> goLive = new LinkedHashMap<>();
    List<String> controls = new ArrayList<>();
    panels
        .units()
        .forEach(
            u ->
                panels
                    .goLiveMonth(u)
                    .ifPresentOrElse(g -> goLive.put(u, g), () -> controls.add(u)));
    Optional<DidResult> did = total.did();
    RoiWarnings.add(warnings, total, config, controls, panels.units());
    return new RoiReport(
        config.reportingCurrency(),
        first,
        last,
        total.headline(),
        streams,
        sum,
        new Costs(costs, tco.byCategory(), YearMonth.from(tco.from())),
        figures(),
        riskAdjusted(benefits, costs),
        did.map(DidResult::preTrend),
        did.map(DidResult::eventStudy).orElse(List.of()),
        projection(last, benefits),
        quality,
        goLive,
        controls,
        events(),
        method(),
        warnings);
  }

  /** The constants the estimate rests on, said in words (docs/roi.md explains each). */
  private List<String> method() {
    List<String> out = new ArrayList<>();
    out.add(
        "difference-in-differences compares each post-go-live month with the mean of the "
            + MeasuredEffect.BASE.months()
            + " months before go-live (retention's churn hazard: up to "
            + StreamPanels.HAZARD_BASE.months()
            + " months)");
    double carry = panels.retentionCarry();
    out.add(
        String.format(
            Locale.ROOT,
            "saved MRR is carried forward at %.2f%% a month (1 − the churn hazard of the units"
                + " that went live, before their go-live)",
            100 * carry));
    out.add(
        "sales are scaled by the capacity behind each month's closes (reps weighted by a "
            + config.salesRampMonths()
            + "-month ramp-up, at the months the closing deals were created)");
    return out;
  }

  private StreamResult result(String name, EffectReport r) {
    List<Estimate> estimates = new ArrayList<>();
    estimates.add(new Estimate("naive", r.naive().pooledTotal(), Optional.empty()));
    r.its()
        .ifPresent(
            i -> estimates.add(new Estimate("its", i.total().estimate(), Optional.of(i.total()))));
    r.did()
        .ifPresent(
            d -> estimates.add(new Estimate("did", d.total().estimate(), Optional.of(d.total()))));
    String headline = r.headline().estimator() == EstimatorKind.STAGGERED_DID ? "did" : "its";
    Estimate head =
        estimates.stream().filter(e -> e.estimator().equals(headline)).findFirst().orElseThrow();
    return new StreamResult(name, estimates, head);
  }

  private List<DerivedInterval> derived() {
    return total.headline().estimator() == EstimatorKind.STAGGERED_DID
        ? total.did().map(DidResult::derived).orElse(List.of())
        : total.its().map(ItsResult::derived).orElse(List.of());
  }

  private IncrementalSeries incremental() {
    return total.headline().estimator() == EstimatorKind.STAGGERED_DID
        ? total.did().orElseThrow().incremental()
        : total.its().orElseThrow().incremental();
  }

  private List<Figure> figures() {
    List<Figure> out = new ArrayList<>();
    for (DerivedInterval d : derived()) {
      boolean irr = d.name().equals("irr");
      Optional<Interval> ci = d.interval().map(i -> irr ? annual(i) : i);
      OptionalDouble point =
          d.interval().isPresent()
              ? OptionalDouble.of(ci.get().estimate())
              : OptionalDouble.empty();
      String note =
          d.undefinedReplicates() == 0
              ? ""
              : "undefined in "
                  + d.undefinedReplicates()
                  + " of "
                  + d.replicates()
                  + " replicates"
                  + d.firstUndefinedReason().map(r -> " (" + r + ")").orElse("");
      out.add(new Figure(irr ? "irr" : d.name(), point, ci, note));
    }
    return out;
  }

  /** A monthly IRR as an annual rate. */
  private static Interval annual(Interval monthly) {
    return new Interval(
        Math.pow(1 + monthly.estimate(), 12) - 1,
        Math.pow(1 + monthly.lower(), 12) - 1,
        Math.pow(1 + monthly.upper(), 12) - 1);
  }

  private OptionalDouble riskAdjusted(double benefits, double costs) {
    double b = benefits * (1 - config.riskAdjustment().benefits());
    double c = costs * (1 + config.riskAdjustment().costs());
    return c > 0 ? OptionalDouble.of((b - c) / c) : OptionalDouble.empty();
  }

  private RoiReport.Projection projection(YearMonth last, double measured) {
    IncrementalSeries series = incremental();
    YearMonth horizonEnd = panels.firstGoLive().plusMonths(config.horizonMonths() - 1);
    int n = series.values().length;
    double runRate = 0;
    for (int i = Math.max(0, n - RUN_RATE_MONTHS); i < n; i++) {
      runRate += series.value(i) / Math.min(n, RUN_RATE_MONTHS);
    }
    long extra = Math.max(0, last.until(horizonEnd, ChronoUnit.MONTHS));
    double benefits = measured + runRate * extra;
    YearMonth costEnd = horizonEnd.isAfter(last) ? horizonEnd : last;
    double costs = ledger.between(tco.from(), costEnd.atEndOfMonth()).total();
    return new RoiReport.Projection(
        config.horizonMonths(),
        runRate,
        benefits,
        costs,
        costs > 0 ? (benefits - costs) / costs : Double.NaN);
  }

  private List<String> events() {
    List<String> out = new ArrayList<>();
    for (Event e : config.events()) {
      out.add(
          e.date()
              + " "
              + e.unit().orElse("all units")
              + ": "
              + e.label()
              + e.productLine().map(p -> " (product line " + p + " left out of sales)").orElse(""));
    }
    return out;
  }
}
