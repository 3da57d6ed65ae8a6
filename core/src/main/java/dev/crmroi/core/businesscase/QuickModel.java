package dev.crmroi.core.businesscase;

import dev.crmroi.core.finance.Payback;
import dev.crmroi.core.finance.PresentValue;
import dev.crmroi.core.finance.ReturnOnInvestment;

/** The quick calculator compiled over its inputs; formulas in {@link QuickCalculator}. */
final class QuickModel implements CompiledModel {

  private final InputSpace inputs = new InputSpace();
  private final int reps;
  private final int costPerRep;
  private final int dealRevenue;
  private final int dealsPerRep;
  private final int margin;
  private final int winRate;
  private final int dealSize;
  private final int crossSell;
  private final int hoursSaved;
  private final int price;
  private final int oneOff;
  private final int otherMonthly;
  private final double workingHours;
  private final double monthlyRate;
  private final DiscountFactors discount;
  private final double[] flows;
  private final double[] gains = new double[4];

  QuickModel(QuickScenario s, String prefix) {
    String p = prefix + ".";
    reps = inputs.add(p + "reps", s.reps(), Range.NON_NEGATIVE);
    costPerRep = inputs.add(p + "monthly_cost_per_rep", s.monthlyCostPerRep(), Range.NON_NEGATIVE);
    dealRevenue =
        inputs.add(p + "average_deal_revenue", s.averageDealRevenue(), Range.NON_NEGATIVE);
    dealsPerRep =
        inputs.add(p + "deals_per_rep_per_month", s.dealsPerRepPerMonth(), Range.NON_NEGATIVE);
    margin = inputs.add(p + "gross_margin", s.grossMargin(), Range.FRACTION);
    winRate = inputs.add(p + "win_rate_uplift", s.winRateUplift(), Range.UPLIFT);
    dealSize = inputs.add(p + "deal_size_uplift", s.dealSizeUplift(), Range.UPLIFT);
    crossSell = inputs.add(p + "cross_sell_uplift", s.crossSellUplift(), Range.UPLIFT);
    if (!(s.workingHoursPerWeek() > 0 && s.workingHoursPerWeek() <= 168)) {
      inputs.problem(
          p + "working_hours_per_week",
          "must be > 0 and ≤ 168 but was " + Numbers.plain(s.workingHoursPerWeek()));
    }
    workingHours = s.workingHoursPerWeek();
    hoursSaved =
        inputs.add(
            p + "hours_saved_per_rep_per_week",
            s.hoursSavedPerRepPerWeek(),
            new Range(0, Math.max(0, Math.min(168, workingHours))));
    price =
        inputs.add(
            p + "crm_price_per_user_per_month", s.crmPricePerUserPerMonth(), Range.NON_NEGATIVE);
    oneOff = inputs.add(p + "one_off_costs", s.oneOffCosts(), Range.NON_NEGATIVE);
    otherMonthly = inputs.add(p + "other_monthly_costs", s.otherMonthlyCosts(), Range.NON_NEGATIVE);
    inputs.checkPlain(p + "horizon_months", s.horizonMonths(), new Range(1, 600));
    Rates.check(inputs, p + "discount_rate", s.discountRate());
    inputs.throwIfInvalid();
    monthlyRate = Rates.monthly(s.discountRate());
    discount = new DiscountFactors(monthlyRate, s.horizonMonths() + 1);
    flows = new double[s.horizonMonths() + 1];
  }

  @Override
  public InputSpace inputs() {
    return inputs;
  }

  @Override
  public void evaluate(double[] v, double[] out) {
    double gain = gains(v);
    double cost = monthlyCost(v);
    fillFlows(v[oneOff], gain - cost);
    out[ROI] = annualRoi(gain, cost, v[oneOff]);
    out[NPV] = discount.presentValue(flows);
    out[ROI_UNADJUSTED] = out[ROI];
    out[NPV_UNADJUSTED] = out[NPV];
  }

  /** The full breakdown, through the finance functions. */
  QuickResult result(double[] v) {
    double gain = gains(v);
    double cost = monthlyCost(v);
    fillFlows(v[oneOff], gain - cost);
    return new QuickResult(
        gains[0],
        gains[1],
        gains[2],
        gains[3],
        gain,
        cost,
        gain - cost,
        v[oneOff],
        annualRoi(gain, cost, v[oneOff]),
        Payback.periods(flows),
        PresentValue.npv(monthlyRate, flows));
  }

  /** Fills {@link #gains} by source and returns their sum. */
  private double gains(double[] v) {
    double revenue = v[reps] * v[dealsPerRep] * v[dealRevenue];
    double time = SalesGains.timeSaved(v[reps], v[costPerRep], v[hoursSaved], workingHours);
    return SalesGains.fill(revenue, v[margin], v[winRate], v[dealSize], v[crossSell], time, gains);
  }

  private double monthlyCost(double[] v) {
    return v[reps] * v[price] + v[otherMonthly];
  }

  private static double annualRoi(double gain, double cost, double oneOff) {
    return ReturnOnInvestment.roi(12 * gain, 12 * cost + oneOff);
  }

  private void fillFlows(double oneOffCost, double net) {
    flows[0] = -oneOffCost;
    java.util.Arrays.fill(flows, 1, flows.length, net);
  }
}
