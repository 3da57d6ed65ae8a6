package dev.crmroi.analytics.roi;

import dev.crmroi.core.causal.EventTimeEffect;
import dev.crmroi.core.causal.HeadlineChoice;
import dev.crmroi.core.causal.Interval;
import dev.crmroi.core.causal.PreTrendTest;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What the CRM measurably returned: each benefit stream by every estimator, the costs, ROI, NPV,
 * IRR and payback with bootstrap intervals, a labelled projection, the confounders named and the
 * warnings. Money is in {@code currency}; totals cover the measured months {@code from}..{@code
 * to}.
 *
 * @param currency reporting currency
 * @param from first month of data used
 * @param to last month measured
 * @param headline the estimator that gives the headline and why
 * @param streams every benefit stream
 * @param total the sum of the streams
 * @param costs the cost of ownership over the measured months
 * @param figures ROI, NPV, IRR (annual) and payback (months) with intervals
 * @param riskAdjustedRoi ROI with benefits reduced and costs raised by the configured risk
 * @param preTrend the placebo test of parallel pre-trends on the total, when DiD ran
 * @param eventStudy the total's effect by months since go-live, when DiD ran
 * @param projection ROI over the configured horizon from the measured run-rate (a projection)
 * @param dataQualityScore the latest audit's score, if an audit was run
 * @param goLive go-live month per treated unit; controls are the other units
 * @param controls units that never went live
 * @param events the configured confounders, in words
 * @param warnings what could make the figures wrong, in words
 */
public record RoiReport(
    String currency,
    YearMonth from,
    YearMonth to,
    HeadlineChoice headline,
    List<StreamResult> streams,
    StreamResult total,
    Costs costs,
    List<Figure> figures,
    OptionalDouble riskAdjustedRoi,
    Optional<PreTrendTest> preTrend,
    List<EventTimeEffect> eventStudy,
    Projection projection,
    OptionalDouble dataQualityScore,
    Map<String, YearMonth> goLive,
    List<String> controls,
    List<String> events,
    List<String> method,
    List<String> warnings) {

  public RoiReport {
    method = List.copyOf(method);
    streams = List.copyOf(streams);
    figures = List.copyOf(figures);
    eventStudy = List.copyOf(eventStudy);
    goLive = Map.copyOf(goLive);
    controls = List.copyOf(controls);
    events = List.copyOf(events);
    warnings = List.copyOf(warnings);
  }

  /** The figure named {@code name} (roi, npv, irr, payback_months). */
  public Figure figure(String name) {
    return figures.stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
  }

  /**
   * One benefit stream: its total incremental value by every estimator that ran.
   *
   * @param stream the stream's name
   * @param estimates naive, interrupted time series and DiD (where they ran)
   * @param headline the headline estimator's estimate
   */
  public record StreamResult(String stream, List<Estimate> estimates, Estimate headline) {
    public StreamResult {
      estimates = List.copyOf(estimates);
    }
  }

  /**
   * One estimator's total incremental value over the measured post-go-live months.
   *
   * @param estimator naive, its or did
   * @param point the estimate
   * @param ci95 the bootstrap 95% interval; empty for the naive estimate
   */
  public record Estimate(String estimator, double point, Optional<Interval> ci95) {}

  /**
   * The cost of ownership of the measured months.
   *
   * @param total every charge from the first cost to the last measured month
   * @param byCategory the same by crm_costs category
   * @param firstCost month of the first cost
   */
  public record Costs(double total, Map<String, Double> byCategory, YearMonth firstCost) {
    public Costs {
      byCategory = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(byCategory));
    }
  }

  /**
   * A derived figure with its interval.
   *
   * @param name roi, npv, irr or payback_months
   * @param point the figure on the point estimate, empty when undefined (e.g. no IRR)
   * @param ci95 its bootstrap interval, when defined in most replicates
   * @param note why it is undefined, or in how many replicates it was
   */
  public record Figure(String name, OptionalDouble point, Optional<Interval> ci95, String note) {}

  /**
   * ROI projected over the configured horizon from the measured monthly run-rate: a projection, not
   * a measurement.
   *
   * @param horizonMonths months from the first go-live
   * @param monthlyRunRate mean incremental benefit of the last measured months
   * @param benefits measured plus projected benefits
   * @param costs ledger charges to the horizon's end (recurring costs continued)
   * @param roi (benefits − costs) / costs
   */
  public record Projection(
      int horizonMonths, double monthlyRunRate, double benefits, double costs, double roi) {}
}
