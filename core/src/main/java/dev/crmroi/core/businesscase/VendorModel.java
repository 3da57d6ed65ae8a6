package dev.crmroi.core.businesscase;

import dev.crmroi.core.businesscase.VendorComparisonScenario.Company;
import dev.crmroi.core.businesscase.VendorComparisonScenario.VendorOption;
import java.util.List;

/**
 * One vendor option compiled as a TEI model. Company inputs are registered first, so with the same
 * seed every option sees the same draws of them (common random numbers: differences between options
 * are not blurred by different draws of the shared baseline).
 */
final class VendorModel implements CompiledModel {

  static final List<String> BENEFITS =
      List.of("more deals", "bigger deals", "cross- and up-sell", "time saved");
  static final List<String> COSTS = List.of("implementation", "licences", "other");

  private final InputSpace inputs = new InputSpace();
  private final VendorOption option;
  private final int years;
  private final double hoursPerWeek;
  private final int reps;
  private final int costPerRep;
  private final int dealRevenue;
  private final int dealsPerRep;
  private final int margin;
  private final int seats;
  private final int price;
  private final int implementation;
  private final int other;
  private final int[] ramp;
  private final int winRate;
  private final int dealSize;
  private final int crossSell;
  private final int hoursSaved;
  private final int benefitRisk;
  private final int costRisk;
  private final double[] gains = new double[SalesGains.SOURCES];
  private final TeiKernel kernel;

  VendorModel(VendorComparisonScenario scenario, int index) {
    Company c = scenario.company();
    option = scenario.options().get(index);
    years = scenario.horizonYears();
    hoursPerWeek = c.workingHoursPerWeek();
    reps = inputs.add("company.reps", c.reps(), Range.NON_NEGATIVE);
    costPerRep =
        inputs.add("company.monthly_cost_per_rep", c.monthlyCostPerRep(), Range.NON_NEGATIVE);
    dealRevenue =
        inputs.add("company.average_deal_revenue", c.averageDealRevenue(), Range.NON_NEGATIVE);
    dealsPerRep =
        inputs.add("company.deals_per_rep_per_month", c.dealsPerRepPerMonth(), Range.NON_NEGATIVE);
    margin = inputs.add("company.gross_margin", c.grossMargin(), Range.FRACTION);
    if (!(hoursPerWeek > 0 && hoursPerWeek <= 168)) {
      inputs.problem(
          "company.working_hours_per_week",
          "must be > 0 and ≤ 168 but was " + Numbers.plain(hoursPerWeek));
    }
    Rates.check(inputs, "discount_rate", scenario.discountRate());
    if (years < 1 || years > 10) {
      inputs.problem("horizon_years", "must be within [1, 10] but was " + years);
    }
    String p = "options[" + index + "]";
    if (option.name() == null || option.name().isBlank()) {
      inputs.problem(p + ".name", "must not be blank but was \"" + option.name() + "\"");
    }
    seats = inputs.add(p + ".seats", option.seats(), Range.NON_NEGATIVE);
    price =
        inputs.add(
            p + ".price_per_user_per_month", option.pricePerUserPerMonth(), Range.NON_NEGATIVE);
    implementation =
        inputs.add(p + ".implementation_cost", option.implementationCost(), Range.NON_NEGATIVE);
    other = inputs.add(p + ".annual_other_costs", option.annualOtherCosts(), Range.NON_NEGATIVE);
    ramp = rampUp(p + ".ramp_up", option.rampUp());
    VendorComparisonScenario.Benefits b = option.benefits();
    winRate = inputs.add(p + ".benefits.win_rate_uplift", b.winRateUplift(), Range.UPLIFT);
    dealSize = inputs.add(p + ".benefits.deal_size_uplift", b.dealSizeUplift(), Range.UPLIFT);
    crossSell = inputs.add(p + ".benefits.cross_sell_uplift", b.crossSellUplift(), Range.UPLIFT);
    hoursSaved =
        inputs.add(
            p + ".benefits.hours_saved_per_rep_per_week",
            b.hoursSavedPerRepPerWeek(),
            new Range(0, hoursPerWeek > 0 ? Math.min(hoursPerWeek, 168) : 0));
    benefitRisk =
        inputs.add(p + ".benefit_risk_adjustment", option.benefitRiskAdjustment(), Range.FRACTION);
    costRisk =
        inputs.add(p + ".cost_risk_adjustment", option.costRiskAdjustment(), Range.NON_NEGATIVE);
    inputs.throwIfInvalid();
    kernel = new TeiKernel(scenario.discountRate(), years, BENEFITS.size(), COSTS.size());
  }

  private int[] rampUp(String path, List<Estimate> list) {
    int[] indices = new int[Math.max(years, 0)];
    java.util.Arrays.fill(indices, -1);
    if (!list.isEmpty() && list.size() != years) {
      inputs.problem(
          path, "must have horizon_years (" + years + ") entries but had " + list.size());
    }
    for (int t = 0; t < list.size(); t++) {
      int i = inputs.add(path + "[" + t + "]", list.get(t), Range.FRACTION);
      if (t < indices.length) {
        indices[t] = i;
      }
    }
    return indices;
  }

  String name() {
    return option.name();
  }

  @Override
  public InputSpace inputs() {
    return inputs;
  }

  @Override
  public void evaluate(double[] values, double[] out) {
    load(values);
    kernel.compute(out);
  }

  TeiResult result(double[] values, double discountRate) {
    load(values);
    return new TeiResult(
        years,
        discountRate,
        kernel.figures(false, BENEFITS, COSTS),
        kernel.figures(true, BENEFITS, COSTS),
        List.of());
  }

  private void load(double[] v) {
    double revenue = v[reps] * v[dealsPerRep] * v[dealRevenue];
    double time = SalesGains.timeSaved(v[reps], v[costPerRep], v[hoursSaved], hoursPerWeek);
    SalesGains.fill(revenue, v[margin], v[winRate], v[dealSize], v[crossSell], time, gains);
    for (int s = 0; s < SalesGains.SOURCES; s++) {
      kernel.benefit[s][0] = 0;
      for (int t = 0; t < years; t++) {
        double share = ramp[t] < 0 ? 1 : v[ramp[t]];
        kernel.benefit[s][t + 1] = 12 * gains[s] * share;
      }
      kernel.benefitRisk[s] = v[benefitRisk];
    }
    double licences = 12 * v[seats] * v[price];
    for (int t = 0; t <= years; t++) {
      kernel.cost[0][t] = t == 0 ? v[implementation] : 0;
      kernel.cost[1][t] = t == 0 ? 0 : licences;
      kernel.cost[2][t] = t == 0 ? 0 : v[other];
    }
    for (int c = 0; c < COSTS.size(); c++) {
      kernel.costRisk[c] = v[costRisk];
    }
  }
}
