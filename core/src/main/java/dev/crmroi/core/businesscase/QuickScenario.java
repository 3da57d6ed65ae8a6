package dev.crmroi.core.businesscase;

/**
 * Inputs of the quick calculator ({@code quick:} in a scenario file, one key per component in snake
 * case, for example {@code deals_per_rep_per_month}). Any {@link Estimate} may be a distribution.
 * Money is per month in the reporting currency; uplifts are relative changes (0.05 = 5% more).
 *
 * @param reps number of sales reps, ≥ 0; also the number of CRM seats
 * @param monthlyCostPerRep fully loaded monthly cost of one rep (salary, benefits, overhead), ≥ 0
 * @param averageDealRevenue revenue of an average won deal, ≥ 0
 * @param dealsPerRepPerMonth deals won per rep per month today, ≥ 0 (per rep, so the gain scales
 *     with the team; for a team total divide it by {@code reps})
 * @param grossMargin gross profit / revenue of the deals, in [0, 1]
 * @param winRateUplift relative increase in deals won from the same pipeline, ≥ −1
 * @param dealSizeUplift relative increase in revenue per deal, ≥ −1
 * @param crossSellUplift extra cross- and up-sell revenue as a fraction of deal revenue, ≥ −1
 * @param hoursSavedPerRepPerWeek administrative hours saved per rep per week, in [0, working hours]
 * @param crmPricePerUserPerMonth CRM subscription per seat per month, ≥ 0
 * @param oneOffCosts implementation, migration and training, paid at the start, ≥ 0
 * @param otherMonthlyCosts administration, integrations and add-ons per month, ≥ 0 (default 0)
 * @param workingHoursPerWeek paid hours per rep per week, &gt; 0 (default 40)
 * @param horizonMonths months over which NPV and payback are counted, 1..600 (default 36)
 * @param discountRate annual discount rate, &gt; −1 (default 0.10), applied monthly as (1 +
 *     r)^(1/12) − 1
 */
public record QuickScenario(
    Estimate reps,
    Estimate monthlyCostPerRep,
    Estimate averageDealRevenue,
    Estimate dealsPerRepPerMonth,
    Estimate grossMargin,
    Estimate winRateUplift,
    Estimate dealSizeUplift,
    Estimate crossSellUplift,
    Estimate hoursSavedPerRepPerWeek,
    Estimate crmPricePerUserPerMonth,
    Estimate oneOffCosts,
    Estimate otherMonthlyCosts,
    double workingHoursPerWeek,
    int horizonMonths,
    double discountRate) {

  /** Default paid hours per week. */
  public static final double DEFAULT_WORKING_HOURS_PER_WEEK = 40;

  /** Default horizon, as {@code horizon_months} in crm-roi.yaml. */
  public static final int DEFAULT_HORIZON_MONTHS = 36;

  /** Default annual discount rate, as {@code discount_rate} in crm-roi.yaml. */
  public static final double DEFAULT_DISCOUNT_RATE = 0.10;
}
