package dev.crmroi.analytics.roi;

/**
 * The measured benefit streams of a CRM (design: roi-method.md), each valued in the reporting
 * currency per unit-month, so that the estimated effect on the value is the incremental benefit and
 * the streams add up. Assumed productivity is not a measured stream.
 */
public enum BenefitStream {
  /** Gross profit of won opportunities: the effect is incremental gross profit. */
  SALES_EFFECTIVENESS("sales_effectiveness"),
  /**
   * Minus gross margin × MRR churned in the month, over the exposure gross margin × MRR at risk in
   * it: the comparison is on the churn hazard, and the effect is the gross margin of the MRR saved
   * in the month, a flow. A saved euro keeps paying while the subscription lasts, so the panel
   * carries the flow forward ({@link StreamPanels#retentionCarry}): summed over months, the gross
   * profit of churn avoided, each saved subscription counted for every month it stays.
   */
  CUSTOMER_RETENTION("customer_retention"),
  /**
   * Minus the cost of agent handling time (handle minutes / 60 × loaded hourly cost of service):
   * the effect is the agent time saved, valued.
   */
  SERVICE_EFFICIENCY("service_efficiency"),
  /**
   * Conversions valued at the unit's cost per conversion before the first go-live, minus marketing
   * spend: the effect is the spend avoided for the conversions the CRM added.
   */
  MARKETING_EFFICIENCY("marketing_efficiency");

  private final String id;

  BenefitStream(String id) {
    this.id = id;
  }

  /** The stream's name in reports and JSON. */
  public String id() {
    return id;
  }

  /**
   * The unit-month's exposure (positive): the stream's expected size given the month's volume —
   * sales capacity, tickets, marketing budget — at the unit's baseline rate. The
   * difference-in-differences compares units on value / exposure, so that units of different size,
   * and hiring or volume changes within a unit, are not read as the CRM's effect. NaN when the unit
   * has no baseline to scale by.
   */
  double exposure(UnitMonth m, Valuation v) {
    Baseline b = v.baseline(m.unit());
    if (b == null) {
      return Double.NaN;
    }
    return switch (this) {
      case SALES_EFFECTIVENESS ->
          b.grossProfitPerCapacity() * Valuation.floored(m.salesCapacity(), b.salesCapacity());
      case CUSTOMER_RETENTION -> v.grossMargin() * Valuation.floored(m.atRiskMrr(), b.atRiskMrr());
      case SERVICE_EFFICIENCY ->
          Valuation.floored(m.tickets(), b.tickets())
              * b.minutesPerTicket()
              / 60.0
              * v.serviceHourlyCost();
      case MARKETING_EFFICIENCY -> Valuation.floored(m.marketingSpend(), b.marketingSpend());
    };
  }

  /** Whether the stream's effect is a flow of lasting benefit, carried forward month to month. */
  boolean carried() {
    return this == CUSTOMER_RETENTION;
  }

  /** The stream's value of one unit-month, given the valuation constants. */
  double value(UnitMonth m, Valuation v) {
    return switch (this) {
      case SALES_EFFECTIVENESS -> m.wonGrossProfit();
      case CUSTOMER_RETENTION -> -v.grossMargin() * m.churnedMrr();
      case SERVICE_EFFICIENCY -> -m.handleMinutes() / 60.0 * v.serviceHourlyCost();
      case MARKETING_EFFICIENCY ->
          m.conversions() * v.costPerConversion(m.unit()) - m.marketingSpend();
    };
  }
}
