package dev.crmroi.generator;

import java.time.YearMonth;

/**
 * The sales model's parameters and the expected value of its CRM effect. The number of deals a unit
 * works each month follows its sales capacity (reps weighted by ramp-up), season and trend; the CRM
 * raises the win probability and the amount of core-product deals only.
 */
final class SalesModel {

  static final String[] TYPES = {"new", "upsell", "cross_sell", "renewal"};
  static final double[] TYPE_CUMULATIVE = {0.55, 0.75, 0.90, 1.0};
  static final double[] TYPE_SHARE = {0.55, 0.20, 0.15, 0.10};
  static final double[] TYPE_DEAL_FACTOR = {1.0, 0.45, 0.35, 0.80};
  static final double[] BASE_WIN = {0.22, 0.40, 0.32, 0.75};
  static final double OPPORTUNITIES_PER_REP_MONTH = 1.8;
  static final double DEAL_SIGMA = 0.5;

  /** Expected gross margin of deals: cost of sale is uniform on [0.60, 0.70] of the amount. */
  static final double GROSS_MARGIN = 0.35;

  /** Close lag in months after creation: 0, 1, 2 or 3. */
  static final double[] CLOSE_LAG_CUMULATIVE = {0.30, 0.65, 0.85, 1.0};

  static final double[] CLOSE_LAG_SHARE = {0.30, 0.35, 0.20, 0.15};

  /** List prices rise for every unit on this month (a confounder). */
  static final YearMonth PRICE_CHANGE = YearMonth.of(2024, 7);

  static final double PRICE_CHANGE_FACTOR = 1.08;

  /** A new product line launched in one unit only (a confounder); excluded by product_line. */
  static final int PRODUCT_LINE_UNIT = 0;

  static final YearMonth PRODUCT_LINE_LAUNCH = YearMonth.of(2024, 3);
  static final String PRODUCT_LINE = "insights";
  static final double PRODUCT_LINE_VOLUME = 0.30;

  private SalesModel() {}

  static double priceFactor(int month) {
    return month >= Timeline.indexOf(PRICE_CHANGE) ? PRICE_CHANGE_FACTOR : 1.0;
  }

  static double meanDeals(Workforce staff, Unit u, int month) {
    return staff.salesCapacity(u.index(), month)
        * OPPORTUNITIES_PER_REP_MONTH
        * Timeline.season(month)
        * Timeline.trend(month);
  }

  /**
   * Books the expected incremental gross profit of the deals created in this unit-month at the
   * months they close: mean deals × Σ_type share × mean amount × margin × base win × ((1 + win
   * uplift·s)(1 + size uplift·s) − 1), where s is the effect strength in the creation month. Deals
   * that would close after the data end are left out: they are still open.
   */
  static void bookExpectedEffect(
      EffectLedger ledger, Workforce staff, AccountBook book, Unit u, int month, double strength) {
    if (strength == 0) {
      return;
    }
    double meanBase = book.meanBaseDeal(u.index(), Timeline.monthStartSecond(month));
    double lift =
        (1 + CrmEffect.WIN_RATE_UPLIFT * strength) * (1 + CrmEffect.DEAL_SIZE_UPLIFT * strength)
            - 1;
    double perDeal = 0;
    for (int t = 0; t < TYPES.length; t++) {
      perDeal += TYPE_SHARE[t] * meanBase * TYPE_DEAL_FACTOR[t] * BASE_WIN[t];
    }
    double total = meanDeals(staff, u, month) * perDeal * priceFactor(month) * GROSS_MARGIN * lift;
    for (int lag = 0; lag < CLOSE_LAG_SHARE.length; lag++) {
      ledger.add(EffectLedger.SALES, u.index(), month + lag, total * CLOSE_LAG_SHARE[lag]);
    }
  }
}
