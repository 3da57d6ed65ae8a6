package dev.crmroi.core.businesscase;

import java.util.List;
import java.util.OptionalDouble;

/**
 * TEI figures, either unadjusted or risk-adjusted. Year lists run from year 0 (initial) to year N.
 * PV = Σ_t amount_t / (1 + r)^t with year 0 undiscounted ({@link
 * dev.crmroi.core.finance.PresentValue#npv}); NPV = PV benefits − PV costs; ROI = (PV benefits − PV
 * costs) / PV costs ({@link dev.crmroi.core.finance.ReturnOnInvestment#roi}); payback from the
 * yearly net cash flow, interpolated within the year ({@link
 * dev.crmroi.core.finance.Payback#periods}), times 12.
 *
 * @param benefits each stream by year with its present value
 * @param costs each category by year with its present value
 * @param totalBenefits benefits by year
 * @param totalCosts costs by year
 * @param netCashFlow benefits − costs by year
 * @param pvBenefits present value of the benefits
 * @param pvCosts present value of the costs
 * @param npv net present value
 * @param roi ROI of the present values
 * @param paybackMonths undiscounted payback in months, empty if not within the horizon
 * @param discountedPaybackMonths discounted payback in months, empty if not within the horizon
 */
public record TeiFigures(
    List<StreamFigures> benefits,
    List<StreamFigures> costs,
    List<Double> totalBenefits,
    List<Double> totalCosts,
    List<Double> netCashFlow,
    double pvBenefits,
    double pvCosts,
    double npv,
    double roi,
    OptionalDouble paybackMonths,
    OptionalDouble discountedPaybackMonths) {

  public TeiFigures {
    benefits = List.copyOf(benefits);
    costs = List.copyOf(costs);
    totalBenefits = List.copyOf(totalBenefits);
    totalCosts = List.copyOf(totalCosts);
    netCashFlow = List.copyOf(netCashFlow);
  }

  /**
   * One benefit stream or cost category over the years.
   *
   * @param name its label
   * @param amounts by year, year 0 first
   * @param presentValue present value at the discount rate
   */
  public record StreamFigures(String name, List<Double> amounts, double presentValue) {
    public StreamFigures {
      amounts = List.copyOf(amounts);
    }
  }
}
