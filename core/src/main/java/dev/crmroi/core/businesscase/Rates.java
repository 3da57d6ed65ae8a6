package dev.crmroi.core.businesscase;

/** Discount-rate conventions shared by the models. */
final class Rates {

  private Rates() {}

  /** A discount rate must exceed −1 (metrics.md, npv); an upper bound of 100 catches typos. */
  static void check(InputSpace inputs, String path, double rate) {
    if (!(rate > -1 && rate <= 100)) {
      inputs.problem(path, "must be > -1 and ≤ 100 but was " + Numbers.plain(rate));
    }
  }

  /** The monthly rate equivalent to an annual one: (1 + r)^(1/12) − 1. */
  static double monthly(double annualRate) {
    return Math.expm1(Math.log1p(annualRate) / 12);
  }
}
