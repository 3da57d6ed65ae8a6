package dev.crmroi.core.causal;

import dev.crmroi.core.finance.Payback;
import dev.crmroi.core.finance.PresentValue;
import dev.crmroi.core.finance.RateOfReturn;
import dev.crmroi.core.finance.ReturnOnInvestment;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

/**
 * ROI, NPV, IRR and payback of the measured benefit against a monthly cost series, as {@link
 * DerivedQuantity} so that they get bootstrap intervals; each delegates to the finance package.
 *
 * <p>Net flows run monthly from the earlier of the cost start and the first benefit month to the
 * later end; flow 0 is that first month, undiscounted (the {@link PresentValue#npv} convention);
 * benefit is the incremental outcome (e.g. gross profit) of each month, cost the cost of that
 * month.
 */
public final class RoiQuantities {

  private final YearMonth costStart;
  private final double[] costs;

  private RoiQuantities(YearMonth costStart, double[] costs) {
    this.costStart = costStart;
    this.costs = costs.clone();
  }

  /**
   * Quantities against the given costs.
   *
   * @param costStart month of the first cost
   * @param monthlyCosts cost per month from costStart, finite and ≥ 0
   * @return the factory
   */
  public static RoiQuantities against(YearMonth costStart, double... monthlyCosts) {
    for (int m = 0; m < monthlyCosts.length; m++) {
      if (!(monthlyCosts[m] >= 0) || Double.isInfinite(monthlyCosts[m])) {
        throw new EstimationException(
            "cost of "
                + costStart.plusMonths(m)
                + " must be finite and >= 0 but was "
                + monthlyCosts[m]);
      }
    }
    return new RoiQuantities(costStart, monthlyCosts);
  }

  /** ROI = (Σ benefit − Σ cost) / Σ cost, undiscounted. */
  public DerivedQuantity roi() {
    return DerivedQuantity.of(
        "roi", s -> ReturnOnInvestment.roi(s.total(), java.util.Arrays.stream(costs).sum()));
  }

  /** NPV of the net flows at a monthly discount rate. */
  public DerivedQuantity npv(double monthlyRate) {
    return DerivedQuantity.of("npv", s -> PresentValue.npv(monthlyRate, netFlows(s)));
  }

  /** Monthly IRR of the net flows; undefined in a replicate without a unique IRR. */
  public DerivedQuantity irr() {
    return DerivedQuantity.of("irr", s -> RateOfReturn.irr(netFlows(s)));
  }

  /** Payback in months from the first flow; undefined in a replicate that never pays back. */
  public DerivedQuantity paybackMonths() {
    return DerivedQuantity.of(
        "payback_months",
        s ->
            Payback.periods(netFlows(s))
                .orElseThrow(
                    () -> new EstimationException("cumulative net benefit never recovers")));
  }

  /** Net monthly flows, benefit − cost, over the union of both periods. */
  double[] netFlows(IncrementalSeries series) {
    YearMonth benefitStart = series.months().get(0);
    YearMonth start = costStart.isBefore(benefitStart) ? costStart : benefitStart;
    int benefitOffset = (int) start.until(benefitStart, ChronoUnit.MONTHS);
    int costOffset = (int) start.until(costStart, ChronoUnit.MONTHS);
    int length = Math.max(benefitOffset + series.months().size(), costOffset + costs.length);
    double[] flows = new double[length];
    for (int m = 0; m < series.months().size(); m++) {
      flows[benefitOffset + m] += series.value(m);
    }
    for (int m = 0; m < costs.length; m++) {
      flows[costOffset + m] -= costs[m];
    }
    return flows;
  }
}
