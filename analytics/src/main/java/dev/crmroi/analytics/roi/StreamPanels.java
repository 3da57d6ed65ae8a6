package dev.crmroi.analytics.roi;

import dev.crmroi.core.causal.BaseWindow;
import dev.crmroi.core.causal.Panel;
import dev.crmroi.core.causal.UnitSeries;
import dev.crmroi.core.config.GoLive;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.ToDoubleFunction;

/**
 * Turns the unit-month table into one panel per benefit stream (and one for their sum), checking
 * the configuration against the data first so a bad setup fails with a reason, not a number.
 */
final class StreamPanels {
  /** Pre-period months a treated unit needs, for a trend and a baseline worth the name. */
  static final int MIN_PRE_MONTHS = 6;

  /**
   * The DiD base of the churn hazard: up to two years before go-live. A rate has no level that
   * accumulates, and its month-to-month noise, carried forward, would otherwise enter every saved
   * euro. In the validation study (docs/roi.md) retention's median error was 411%, 216% and 172% at
   * small scale (20 datasets) with 3, 12 and 24 months, and 36% and 17% at medium scale (12
   * datasets) with 12 and 24 months.
   */
  static final BaseWindow HAZARD_BASE = new BaseWindow(24);

  private final List<UnitMonth> rows;
  private final GoLive goLive;
  private final YearMonth first;
  private final YearMonth last;
  private final List<String> units;

  StreamPanels(List<UnitMonth> rows, GoLive goLive, YearMonth first, YearMonth last) {
    this.rows = rows;
    this.goLive = goLive;
    this.first = first;
    this.last = last;
    this.units =
        new ArrayList<>(
            new TreeSet<>(
                rows.stream().map(UnitMonth::unit).filter(u -> !u.equals("unassigned")).toList()));
    check();
  }

  /** The rollout units found in the data, in name order (without {@code unassigned}). */
  List<String> units() {
    return List.copyOf(units);
  }

  /** The go-live month of {@code unit}, empty for a control. */
  Optional<YearMonth> goLiveMonth(String unit) {
    return goLive.of(unit).map(YearMonth::from);
  }

  /** The earliest go-live month among the units. */
  YearMonth firstGoLive() {
    return units.stream()
        .map(this::goLiveMonth)
        .flatMap(Optional::stream)
        .min(YearMonth::compareTo)
        .orElseThrow();
  }

  /**
   * The panel of one stream's value, each unit-month scaled by the stream's exposure, carried
   * forward at {@link #retentionCarry} when the stream's effect is a lasting flow.
   */
  Panel panel(BenefitStream stream, Valuation valuation) {
    Panel p = panel(m -> stream.value(m, valuation), m -> stream.exposure(m, valuation));
    return stream.carried() ? p.withCarry(retentionCarry()).withBaseWindow(HAZARD_BASE) : p;
  }

  /**
   * The layers whose sum is the given streams' total: one panel of the summed values of the streams
   * that are not carried (scaled by their summed exposures), and one panel per carried stream, so
   * each flow keeps its own exposure and carry-forward (see {@code MeasuredEffect.estimateSum}).
   */
  List<Panel> layers(List<BenefitStream> streams, Valuation valuation) {
    List<BenefitStream> plain = streams.stream().filter(s -> !s.carried()).toList();
    List<Panel> out = new ArrayList<>();
    if (!plain.isEmpty()) {
      out.add(
          panel(
              m -> plain.stream().mapToDouble(s -> s.value(m, valuation)).sum(),
              m -> plain.stream().mapToDouble(s -> s.exposure(m, valuation)).sum()));
    }
    streams.stream().filter(BenefitStream::carried).forEach(s -> out.add(panel(s, valuation)));
    return out;
  }

  /**
   * The monthly retention at which MRR saved by the CRM is carried forward: 1 − the churn hazard
   * (MRR churned / MRR at risk) of the units that went live, over their months before go-live. The
   * saved MRR is measured against the book with the CRM, and the difference between the books with
   * and without it decays at the hazard without it (d_t = d_(t−1)(1 − h0) + (h0 − h1) × at-risk
   * MRR), so this is the counterfactual hazard, not the lower one seen after go-live. 0 (no carry)
   * when nothing was at risk.
   */
  double retentionCarry() {
    double churned = 0;
    double atRisk = 0;
    for (UnitMonth m : rows) {
      Optional<YearMonth> g = units.contains(m.unit()) ? goLiveMonth(m.unit()) : Optional.empty();
      if (g.isPresent() && m.month().isBefore(g.get())) {
        churned += m.churnedMrr();
        atRisk += m.atRiskMrr();
      }
    }
    double hazard = churned / atRisk;
    return atRisk > 0 && hazard > 0 && hazard <= 1 ? 1 - hazard : 0;
  }

  /** Each unit's baseline: monthly means over the months before the first go-live. */
  Map<String, Baseline> baselines() {
    YearMonth cut = firstGoLive();
    Map<String, List<UnitMonth>> pre = new LinkedHashMap<>();
    for (UnitMonth m : rows) {
      if (m.month().isBefore(cut)) {
        pre.computeIfAbsent(m.unit(), u -> new ArrayList<>()).add(m);
      }
    }
    Map<String, Baseline> out = new LinkedHashMap<>();
    pre.forEach((u, ms) -> out.put(u, Baseline.of(ms)));
    return out;
  }

  private Panel panel(ToDoubleFunction<UnitMonth> value, ToDoubleFunction<UnitMonth> exposure) {
    int months = (int) first.until(last, ChronoUnit.MONTHS) + 1;
    Map<String, double[]> series = new LinkedHashMap<>();
    Map<String, double[]> exposures = new LinkedHashMap<>();
    units.forEach(u -> series.put(u, new double[months]));
    units.forEach(u -> exposures.put(u, filled(months)));
    for (UnitMonth m : rows) {
      double[] s = series.get(m.unit());
      int t = (int) first.until(m.month(), ChronoUnit.MONTHS);
      if (s != null && t >= 0 && t < months) {
        s[t] = value.applyAsDouble(m);
        double e = exposure.applyAsDouble(m);
        exposures.get(m.unit())[t] = e > 0 && Double.isFinite(e) ? e : 1.0;
      }
    }
    List<UnitSeries> list = new ArrayList<>();
    series.forEach(
        (u, s) ->
            list.add(
                goLiveMonth(u)
                    .map(g -> UnitSeries.treated(u, g, s))
                    .orElseGet(() -> UnitSeries.control(u, s))
                    .withExposure(exposures.get(u))));
    return Panel.of(first, list);
  }

  private static double[] filled(int months) {
    double[] e = new double[months];
    java.util.Arrays.fill(e, 1.0);
    return e;
  }

  private void check() {
    if (units.isEmpty()) {
      throw new RoiSetupException(
          "no record has a rollout unit: measured ROI needs the units"
              + " (e.g. account regions) that went live");
    }
    goLive.perUnit().keySet().stream()
        .filter(u -> !units.contains(u))
        .findFirst()
        .ifPresent(
            u -> {
              throw new RoiSetupException(
                  "go_live names unit '"
                      + u
                      + "' but no record belongs to it;"
                      + " units in the data: "
                      + String.join(", ", units));
            });
    boolean anyLive = false;
    for (String u : units) {
      Optional<YearMonth> g = goLiveMonth(u);
      if (g.isEmpty()) {
        continue;
      }
      anyLive = true;
      if (g.get().isAfter(last)) {
        throw new RoiSetupException(
            "unit '"
                + u
                + "' goes live in "
                + g.get()
                + ", after the data ends in "
                + last
                + ": there is no post-period to measure");
      }
      long pre = first.until(g.get(), ChronoUnit.MONTHS);
      if (pre < MIN_PRE_MONTHS) {
        throw new RoiSetupException(
            "unit '"
                + u
                + "' has "
                + Math.max(pre, 0)
                + " months of data before its go-live "
                + g.get()
                + "; measured ROI needs at least "
                + MIN_PRE_MONTHS
                + " (data starts "
                + first
                + ")");
      }
    }
    if (!anyLive) {
      throw new RoiSetupException("no unit in the data went live: set go_live in crm-roi.yaml");
    }
  }
}
