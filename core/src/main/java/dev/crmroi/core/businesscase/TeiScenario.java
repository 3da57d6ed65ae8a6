package dev.crmroi.core.businesscase;

import java.util.List;

/**
 * Inputs of a Forrester-style Total Economic Impact model ({@code tei:} in a scenario file):
 * benefit streams and cost categories by year over a horizon of N years (usually 3), year 0 being
 * the initial investment. Every list of years must have the same length N, 1..10.
 *
 * @param discountRate annual discount rate, &gt; −1 (TEI default 0.10)
 * @param benefits benefit streams
 * @param costs cost categories
 * @param flexibility option value listed in the report but never added to ROI or NPV
 */
public record TeiScenario(
    double discountRate,
    List<BenefitStream> benefits,
    List<CostCategory> costs,
    List<Flexibility> flexibility) {

  /** Forrester's customary discount rate. */
  public static final double DEFAULT_DISCOUNT_RATE = 0.10;

  public TeiScenario {
    benefits = List.copyOf(benefits);
    costs = List.copyOf(costs);
    flexibility = List.copyOf(flexibility);
  }

  /**
   * One benefit stream. The unadjusted benefit of year t is years[t] × ramp_up[t]; the
   * risk-adjusted one is that × (1 − risk_adjustment).
   *
   * @param name label of the stream
   * @param years full annual benefit in years 1..N, ≥ 0
   * @param rampUp share of the full benefit realised in each year, in [0, 1]; empty means all 1
   * @param riskAdjustment fraction by which the benefit is reduced, in [0, 1]
   */
  public record BenefitStream(
      String name, List<Estimate> years, List<Estimate> rampUp, Estimate riskAdjustment) {
    public BenefitStream {
      years = List.copyOf(years);
      rampUp = List.copyOf(rampUp);
    }
  }

  /**
   * One cost category. The risk-adjusted cost is the cost × (1 + risk_adjustment).
   *
   * @param name label of the category
   * @param initial cost in year 0 (undiscounted), ≥ 0
   * @param years cost in years 1..N, ≥ 0
   * @param riskAdjustment fraction by which the cost is raised, ≥ 0
   */
  public record CostCategory(
      String name, Estimate initial, List<Estimate> years, Estimate riskAdjustment) {
    public CostCategory {
      years = List.copyOf(years);
    }
  }

  /**
   * Flexibility: a future option the investment opens (TEI's fourth element), listed, not added.
   *
   * @param name label
   * @param description what it would make possible
   */
  public record Flexibility(String name, String description) {}
}
