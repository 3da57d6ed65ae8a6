package dev.crmroi.core.finance;

import java.util.List;

/**
 * Net present value of periodic and dated cash flows.
 *
 * <p>Definitions: NPV = Σ_{t=0}^{n-1} CF_t / (1 + r)^t with CF_0 undiscounted (Brealey, Myers &amp;
 * Allen, <i>Principles of Corporate Finance</i>, ch. 2); the spreadsheet NPV of Excel and
 * LibreOffice Calc discounts the first flow one period, Σ_{i=1}^{n} v_i / (1 + r)^i; XNPV = Σ CF_i
 * / (1 + r)^((d_i − d_0)/365) as documented for Excel's XNPV, with d_0 the first date given.
 */
public final class PresentValue {

  private PresentValue() {}

  /**
   * NPV with the first flow at time 0, undiscounted: Σ CF_t / (1 + r)^t.
   *
   * @param rate discount rate per period, &gt; -1
   * @param flows cash flows at the start of the stream (t = 0) and the end of each period
   * @return the net present value at time 0
   */
  public static double npv(double rate, double... flows) {
    Checks.rate("discount rate", rate);
    return DiscountedSum.periodic(Checks.flows(flows)).value(rate);
  }

  /**
   * NPV as Excel's and LibreOffice's {@code NPV(rate; values)} compute it: every flow, including
   * the first, is discounted, the first by one period: Σ v_i / (1 + r)^i, i = 1..n. Equals {@link
   * #npv} divided by (1 + r).
   *
   * @param rate discount rate per period, &gt; -1
   * @param flows cash flows at the end of periods 1..n
   * @return the value one period before the first flow
   */
  public static double npvExcel(double rate, double... flows) {
    return npv(rate, flows) / (1 + rate);
  }

  /**
   * XNPV as Excel defines it: Σ CF_i / (1 + r)^((d_i − d_0)/365), actual/365 day count counted from
   * the first date given (d_0). Later dates may come in any order but none may precede d_0.
   *
   * @param rate annual discount rate, &gt; -1
   * @param flows dated cash flows, the first one fixing the valuation date
   * @return the present value at the first date
   */
  public static double xnpv(double rate, List<DatedCashFlow> flows) {
    Checks.rate("discount rate", rate);
    Checks.datedFlows(flows);
    return DiscountedSum.dated(flows).value(rate);
  }
}
