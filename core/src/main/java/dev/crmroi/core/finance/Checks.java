package dev.crmroi.core.finance;

import java.util.List;

/** Argument checks shared by the finance functions; each message names the argument. */
final class Checks {

  private Checks() {}

  static double[] flows(double[] flows) {
    if (flows == null || flows.length == 0) {
      throw new FinanceException("cash flows must not be empty");
    }
    for (int i = 0; i < flows.length; i++) {
      if (!Double.isFinite(flows[i])) {
        throw new FinanceException("cash flow " + i + " must be finite but was " + flows[i]);
      }
    }
    return flows.clone();
  }

  static void datedFlows(List<DatedCashFlow> flows) {
    if (flows == null || flows.isEmpty()) {
      throw new FinanceException("dated cash flows must not be empty");
    }
    DatedCashFlow first = flows.get(0);
    for (int i = 1; i < flows.size(); i++) {
      if (flows.get(i).date().isBefore(first.date())) {
        throw new FinanceException(
            "date of cash flow "
                + i
                + " must not precede the first date "
                + first.date()
                + " but was "
                + flows.get(i).date());
      }
    }
  }

  static double rate(String name, double rate) {
    if (!(rate > -1) || !Double.isFinite(rate)) {
      throw new FinanceException(name + " must be > -1 and finite but was " + rate);
    }
    return rate;
  }

  static double finite(String name, double value) {
    if (!Double.isFinite(value)) {
      throw new FinanceException(name + " must be finite but was " + value);
    }
    return value;
  }
}
