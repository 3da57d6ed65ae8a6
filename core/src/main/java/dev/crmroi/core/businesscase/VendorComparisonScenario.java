package dev.crmroi.core.businesscase;

import java.util.List;

/**
 * Several CRM options compared on one company ({@code comparison:} in a scenario file). Each option
 * becomes a TEI model: four benefit streams (more deals, bigger deals, cross-sell, time saved, each
 * 12 × the monthly gain of {@link QuickCalculator} × the year's ramp-up) and three cost categories
 * (implementation in year 0, licences = 12 × seats × price, other annual costs).
 *
 * @param company the sales organisation, shared by all options
 * @param discountRate annual discount rate, &gt; −1
 * @param horizonYears years compared, 1..10 (default 3)
 * @param options the CRM options, at least one
 */
public record VendorComparisonScenario(
    Company company, double discountRate, int horizonYears, List<VendorOption> options) {

  public VendorComparisonScenario {
    options = List.copyOf(options);
  }

  /**
   * The sales organisation.
   *
   * @param reps number of sales reps, ≥ 0
   * @param monthlyCostPerRep fully loaded monthly cost of a rep, ≥ 0
   * @param averageDealRevenue revenue of an average won deal, ≥ 0
   * @param dealsPerRepPerMonth deals won per rep per month today, ≥ 0
   * @param grossMargin in [0, 1]
   * @param workingHoursPerWeek paid hours per rep per week, &gt; 0
   */
  public record Company(
      Estimate reps,
      Estimate monthlyCostPerRep,
      Estimate averageDealRevenue,
      Estimate dealsPerRepPerMonth,
      Estimate grossMargin,
      double workingHoursPerWeek) {}

  /**
   * One CRM option.
   *
   * @param name vendor or product name
   * @param seats users licensed, ≥ 0
   * @param pricePerUserPerMonth subscription per seat per month, ≥ 0
   * @param implementationCost one-off cost of implementation effort (services, internal labour,
   *     migration, training), year 0, ≥ 0
   * @param annualOtherCosts administration, integrations, add-ons per year, ≥ 0
   * @param rampUp share of the full benefit realised in each year, in [0, 1]; empty means all 1
   * @param benefits expected uplifts with this option
   * @param benefitRiskAdjustment fraction by which every benefit is reduced, in [0, 1]
   * @param costRiskAdjustment fraction by which every cost is raised, ≥ 0
   */
  public record VendorOption(
      String name,
      Estimate seats,
      Estimate pricePerUserPerMonth,
      Estimate implementationCost,
      Estimate annualOtherCosts,
      List<Estimate> rampUp,
      Benefits benefits,
      Estimate benefitRiskAdjustment,
      Estimate costRiskAdjustment) {
    public VendorOption {
      rampUp = List.copyOf(rampUp);
    }
  }

  /**
   * Expected uplifts (relative, as in {@link QuickScenario}).
   *
   * @param winRateUplift relative increase in deals won, ≥ −1
   * @param dealSizeUplift relative increase in revenue per deal, ≥ −1
   * @param crossSellUplift extra revenue from cross- and up-sell as a fraction, ≥ −1
   * @param hoursSavedPerRepPerWeek administrative hours saved per rep per week, ≥ 0
   */
  public record Benefits(
      Estimate winRateUplift,
      Estimate dealSizeUplift,
      Estimate crossSellUplift,
      Estimate hoursSavedPerRepPerWeek) {}
}
