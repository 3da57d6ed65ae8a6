package dev.crmroi.analytics.roi;

/**
 * A unit's monthly means over the months before the first go-live: the sizes that scale its
 * outcomes (so units of different size are compared on relative changes) and value its effects.
 *
 * @param wonGrossProfit gross profit of won deals
 * @param salesCapacity ramp-weighted sales reps
 * @param atRiskMrr MRR at risk of churning in the month
 * @param tickets tickets opened
 * @param handleMinutes handle minutes of timed tickets
 * @param ticketsTimed tickets with a handle time
 * @param marketingSpend marketing spend
 * @param conversions converted leads
 */
record Baseline(
    double wonGrossProfit,
    double salesCapacity,
    double atRiskMrr,
    double tickets,
    double handleMinutes,
    double ticketsTimed,
    double marketingSpend,
    double conversions) {

  /** Gross profit per unit of sales capacity, NaN without capacity. */
  double grossProfitPerCapacity() {
    return salesCapacity > 0 ? wonGrossProfit / salesCapacity : Double.NaN;
  }

  /** Handle minutes per timed ticket, NaN without timed tickets. */
  double minutesPerTicket() {
    return ticketsTimed > 0 ? handleMinutes / ticketsTimed : Double.NaN;
  }

  /** Marketing spend per conversion, NaN without conversions. */
  double costPerConversion() {
    return conversions > 0 ? marketingSpend / conversions : Double.NaN;
  }

  /** The mean of each field over {@code months} unit-months. */
  static Baseline of(java.util.List<UnitMonth> months) {
    double n = Math.max(1, months.size());
    return new Baseline(
        months.stream().mapToDouble(UnitMonth::wonGrossProfit).sum() / n,
        months.stream().mapToDouble(UnitMonth::salesCapacity).sum() / n,
        months.stream().mapToDouble(UnitMonth::atRiskMrr).sum() / n,
        months.stream().mapToDouble(UnitMonth::tickets).sum() / n,
        months.stream().mapToDouble(UnitMonth::handleMinutes).sum() / n,
        months.stream().mapToDouble(UnitMonth::ticketsTimed).sum() / n,
        months.stream().mapToDouble(UnitMonth::marketingSpend).sum() / n,
        months.stream().mapToDouble(UnitMonth::conversions).sum() / n);
  }
}
