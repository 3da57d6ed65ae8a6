package dev.crmroi.analytics.roi;

import dev.crmroi.analytics.quality.QualityHistory;
import dev.crmroi.analytics.quality.QualityRun;
import dev.crmroi.analytics.tco.CostLedger;
import dev.crmroi.analytics.tco.Tco;
import dev.crmroi.core.causal.BootstrapSettings;
import dev.crmroi.core.causal.DerivedQuantity;
import dev.crmroi.core.causal.EffectReport;
import dev.crmroi.core.causal.EstimationException;
import dev.crmroi.core.causal.ItsOptions;
import dev.crmroi.core.causal.MeasuredEffect;
import dev.crmroi.core.causal.Panel;
import dev.crmroi.core.causal.RoiQuantities;
import dev.crmroi.core.config.CrmRoiConfig;
import dev.crmroi.core.config.CrmRoiConfig.Event;
import dev.crmroi.store.SqlResource;
import dev.crmroi.store.Store;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Measures what the CRM returned (design: roi-method.md): builds each benefit stream's monthly
 * value per rollout unit in DuckDB, estimates the CRM's effect on it against a counterfactual with
 * every estimator (naive, interrupted time series, staggered DiD), and sets the sum of the streams
 * against the cost ledger, with bootstrap intervals for ROI, NPV, IRR and payback.
 */
public final class MeasuredRoi {
  private final Store store;
  private final CrmRoiConfig config;

  public MeasuredRoi(Store store, CrmRoiConfig config) {
    this.store = store;
    this.config = config;
  }

  /**
   * Runs the measurement.
   *
   * @throws RoiSetupException when the data and the configuration do not allow a measurement
   */
  public RoiReport run() {
    CostLedger ledger = new CostLedger(store, config.reportingCurrency());
    YearMonth last = lastCompleteMonth(ledger);
    YearMonth first =
        YearMonth.from(
            StoreDates.first(store, SqlResource.text(MeasuredRoi.class, "data_start.sql"))
                .orElseThrow(
                    () ->
                        new RoiSetupException(
                            "the store holds no deals, leads, tickets or"
                                + " activities: import data first")));
    List<String> excluded =
        config.events().stream()
            .map(Event::productLine)
            .flatMap(Optional::stream)
            .distinct()
            .toList();
    List<UnitMonth> rows =
        new UnitMonths(store)
            .load(
                config.units(),
                first,
                last,
                config.grossMargin(),
                excluded,
                config.salesRampMonths());
    StreamPanels panels = new StreamPanels(rows, config.goLive(), first, last);
    Valuation valuation =
        new Valuation(
            config.grossMargin(),
            config.loadedHourlyCost().getOrDefault("service", 40.0),
            panels.baselines());
    List<String> warnings = new ArrayList<>();
    List<BenefitStream> streams = usableStreams(panels, valuation, warnings);
    Tco tco = costs(ledger, last);
    YearMonth costStart = YearMonth.from(tco.from());
    double[] monthly = tco.byMonth().values().stream().mapToDouble(Double::doubleValue).toArray();
    RoiQuantities money = RoiQuantities.against(costStart, monthly);
    double monthlyRate = Math.pow(1 + config.discountRate(), 1.0 / 12) - 1;
    List<DerivedQuantity> derived =
        List.of(money.roi(), money.npv(monthlyRate), money.irr(), money.paybackMonths());
    BootstrapSettings boot =
        new BootstrapSettings(config.bootstrap().replicates(), config.bootstrap().seed());
    Map<BenefitStream, EffectReport> byStream = new LinkedHashMap<>();
    for (BenefitStream s : streams) {
      byStream.put(s, estimate(panels, s.id(), () -> panels.panel(s, valuation), boot, List.of()));
    }
    EffectReport total = estimateSum("total", panels.layers(streams, valuation), boot, derived);
    return new RoiAssembly(config, panels, ledger, tco, byStream, total, warnings, qualityScore())
        .report(first, last);
  }

  private YearMonth lastCompleteMonth(CostLedger ledger) {
    LocalDate end =
        config
            .analysisEnd()
            .or(ledger::dataEnd)
            .orElseThrow(() -> new RoiSetupException("the store holds no data: import data first"));
    YearMonth month = YearMonth.from(end);
    return end.equals(month.atEndOfMonth()) ? month : month.minusMonths(1);
  }

  private Tco costs(CostLedger ledger, YearMonth last) {
    LocalDate firstCost =
        ledger
            .firstCost()
            .orElseThrow(
                () ->
                    new RoiSetupException(
                        "the crm_costs ledger is empty: ROI needs what the CRM cost (import crm_costs.csv)"));
    if (firstCost.isAfter(last.atEndOfMonth())) {
      throw new RoiSetupException(
          "the first CRM cost (" + firstCost + ") is after the last" + " measured month " + last);
    }
    return ledger.between(firstCost, last.atEndOfMonth());
  }

  private static List<BenefitStream> usableStreams(
      StreamPanels panels, Valuation valuation, List<String> warnings) {
    List<BenefitStream> out = new ArrayList<>(List.of(BenefitStream.values()));
    List<String> noBaseline =
        panels.units().stream().filter(u -> Double.isNaN(valuation.costPerConversion(u))).toList();
    if (!noBaseline.isEmpty()) {
      out.remove(BenefitStream.MARKETING_EFFICIENCY);
      warnings.add(
          "marketing efficiency is left out: no marketing spend or conversions before"
              + " the first go-live in "
              + String.join(", ", noBaseline)
              + ", so there is no cost per conversion to value the effect at");
    }
    return out;
  }

  private static EffectReport estimate(
      StreamPanels panels,
      String what,
      java.util.function.Supplier<Panel> panel,
      BootstrapSettings boot,
      List<DerivedQuantity> derived) {
    try {
      return MeasuredEffect.estimate(panel.get(), ItsOptions.defaults(), boot, derived);
    } catch (EstimationException e) {
      throw new RoiSetupException("cannot estimate " + what + ": " + e.getMessage());
    }
  }

  private static EffectReport estimateSum(
      String what, List<Panel> layers, BootstrapSettings boot, List<DerivedQuantity> derived) {
    try {
      return MeasuredEffect.estimateSum(layers, ItsOptions.defaults(), boot, derived);
    } catch (EstimationException e) {
      throw new RoiSetupException("cannot estimate " + what + ": " + e.getMessage());
    }
  }

  private OptionalDouble qualityScore() {
    List<QualityRun> runs = new QualityHistory(store).runs();
    return runs.isEmpty()
        ? OptionalDouble.empty()
        : OptionalDouble.of(runs.get(runs.size() - 1).score());
  }
}
