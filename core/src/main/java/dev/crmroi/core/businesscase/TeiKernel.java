package dev.crmroi.core.businesscase;

import dev.crmroi.core.finance.Payback;
import dev.crmroi.core.finance.PresentValue;
import dev.crmroi.core.finance.ReturnOnInvestment;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The arithmetic of a TEI model once the amounts of one draw are known: models fill {@link
 * #benefit}, {@link #cost} and the risk fractions, then call {@link #compute} (Monte Carlo, no
 * allocation) or {@link #figures} (report, through the finance functions). Both sum streams in the
 * same order and discount the same way, so they agree to the last bit.
 */
final class TeiKernel {

  final double[][] benefit;
  final double[] benefitRisk;
  final double[][] cost;
  final double[] costRisk;
  private final double rate;
  private final DiscountFactors discount;
  private final double[] totalBenefit;
  private final double[] totalCost;

  TeiKernel(double rate, int years, int streams, int categories) {
    this.rate = rate;
    this.discount = new DiscountFactors(rate, years + 1);
    benefit = new double[streams][years + 1];
    benefitRisk = new double[streams];
    cost = new double[categories][years + 1];
    costRisk = new double[categories];
    totalBenefit = new double[years + 1];
    totalCost = new double[years + 1];
  }

  /** Writes risk-adjusted ROI and NPV, then unadjusted ones, to {@code out}. */
  void compute(double[] out) {
    totals(true);
    double pvBenefits = discount.presentValue(totalBenefit);
    double pvCosts = discount.presentValue(totalCost);
    out[CompiledModel.ROI] = ReturnOnInvestment.roi(pvBenefits, pvCosts);
    out[CompiledModel.NPV] = pvBenefits - pvCosts;
    totals(false);
    pvBenefits = discount.presentValue(totalBenefit);
    pvCosts = discount.presentValue(totalCost);
    out[CompiledModel.ROI_UNADJUSTED] = ReturnOnInvestment.roi(pvBenefits, pvCosts);
    out[CompiledModel.NPV_UNADJUSTED] = pvBenefits - pvCosts;
  }

  /** The report of the current amounts. */
  TeiFigures figures(boolean adjusted, List<String> benefitNames, List<String> costNames) {
    totals(adjusted);
    double[] net = new double[totalBenefit.length];
    for (int t = 0; t < net.length; t++) {
      net[t] = totalBenefit[t] - totalCost[t];
    }
    double pvBenefits = PresentValue.npv(rate, totalBenefit);
    double pvCosts = PresentValue.npv(rate, totalCost);
    return new TeiFigures(
        streams(benefitNames, benefit, benefitRisk, -1, adjusted),
        streams(costNames, cost, costRisk, +1, adjusted),
        boxed(totalBenefit),
        boxed(totalCost),
        boxed(net),
        pvBenefits,
        pvCosts,
        pvBenefits - pvCosts,
        ReturnOnInvestment.roi(pvBenefits, pvCosts),
        months(Payback.periods(net)),
        months(Payback.discountedPeriods(rate, net)));
  }

  private void totals(boolean adjusted) {
    Arrays.fill(totalBenefit, 0);
    Arrays.fill(totalCost, 0);
    for (int s = 0; s < benefit.length; s++) {
      double factor = adjusted ? 1 - benefitRisk[s] : 1;
      for (int t = 0; t < totalBenefit.length; t++) {
        totalBenefit[t] += benefit[s][t] * factor;
      }
    }
    for (int c = 0; c < cost.length; c++) {
      double factor = adjusted ? 1 + costRisk[c] : 1;
      for (int t = 0; t < totalCost.length; t++) {
        totalCost[t] += cost[c][t] * factor;
      }
    }
  }

  private List<TeiFigures.StreamFigures> streams(
      List<String> names, double[][] amounts, double[] risk, int sign, boolean adjusted) {
    List<TeiFigures.StreamFigures> list = new ArrayList<>();
    for (int s = 0; s < amounts.length; s++) {
      double factor = adjusted ? 1 + sign * risk[s] : 1;
      double[] row = new double[amounts[s].length];
      for (int t = 0; t < row.length; t++) {
        row[t] = amounts[s][t] * factor;
      }
      list.add(new TeiFigures.StreamFigures(names.get(s), boxed(row), PresentValue.npv(rate, row)));
    }
    return list;
  }

  private static List<Double> boxed(double[] values) {
    return Arrays.stream(values).boxed().toList();
  }

  private static java.util.OptionalDouble months(java.util.OptionalDouble years) {
    return years.isPresent()
        ? java.util.OptionalDouble.of(years.getAsDouble() * 12)
        : java.util.OptionalDouble.empty();
  }
}
