package dev.crmroi.analytics.roi;

import java.time.YearMonth;

/**
 * What one rollout unit did in one calendar month: the outcomes of every benefit stream and the
 * volumes that value them. Money is in the reporting currency.
 *
 * @param unit the rollout unit (e.g. a region), or {@code unassigned}
 * @param month the calendar month
 * @param wonGrossProfit gross profit of opportunities won (closed) in the month, excluding product
 *     lines the configuration sets aside as confounders
 * @param wonDeals the number of those opportunities
 * @param salesReps sales users employed at some point in the month
 * @param salesCapacity those reps weighted by their ramp-up (a new rep counts 1/ramp in the first
 *     month, up to 1)
 * @param churnedMrr MRR of subscriptions that ended in the month
 * @param churnedSubscriptions the number of those subscriptions
 * @param activeMrr MRR of subscriptions running at the month's end
 * @param atRiskMrr MRR of subscriptions running at any time in the month (started by its end, not
 *     ended before its start): the MRR that could churn in it
 * @param tickets tickets opened in the month
 * @param ticketsTimed those with a handle time
 * @param handleMinutes their summed handle time
 * @param leads leads created in the month
 * @param conversions those leads that converted (at any time)
 * @param marketingSpend marketing spend of the month, shared among units by campaign leads
 */
public record UnitMonth(
    String unit,
    YearMonth month,
    double wonGrossProfit,
    long wonDeals,
    long salesReps,
    double salesCapacity,
    double churnedMrr,
    long churnedSubscriptions,
    double activeMrr,
    double atRiskMrr,
    long tickets,
    long ticketsTimed,
    double handleMinutes,
    long leads,
    long conversions,
    double marketingSpend) {

  /** Mean handle time per timed ticket, NaN when no ticket was timed. */
  public double handleMinutesPerTicket() {
    return ticketsTimed == 0 ? Double.NaN : handleMinutes / ticketsTimed;
  }

  /** MRR churned in the month over MRR at risk in it, NaN when nothing was at risk. */
  public double churnHazard() {
    return atRiskMrr > 0 ? churnedMrr / atRiskMrr : Double.NaN;
  }

  /** Share of the month's leads that converted, NaN when there were none. */
  public double conversionRate() {
    return leads == 0 ? Double.NaN : (double) conversions / leads;
  }
}
