package dev.crmroi.generator;

import java.util.SplittableRandom;

/**
 * Writes subscriptions: the recurring book of each unit, with a constant monthly churn hazard that
 * the CRM (health scores, renewal tasks) lowers after go-live. New subscriptions arrive at a steady
 * rate that does not depend on the CRM, so the retention stream is not double counted with sales.
 */
final class RetentionWriter {

  static final double MONTHLY_CHURN_HAZARD = 0.016;
  static final double[] BASE_MRR = {600, 2_500, 9_000};
  private static final double NEW_PER_MONTH = 5;
  private static final String[] END_REASONS = {
    "price", "competitor", "no_longer_needed", "budget_cut", "acquired", "poor_support"
  };

  private final SalesWriter.SalesContext c;
  private final Scale scale;
  private int nextSubscription = 1;

  RetentionWriter(SalesWriter.SalesContext c, Scale scale) {
    this.c = c;
    this.scale = scale;
  }

  void write(Export export) {
    for (Unit u : Unit.ALL) {
      double[] inflowLocal = new double[Timeline.MONTHS];
      SplittableRandom rng = c.randoms().cell(Streams.SUBSCRIPTIONS, u.index(), 0);
      AccountBook book = c.book();
      long historyStart = Timeline.monthStartSecond(0);
      for (int a = book.unitFirst[u.index()];
          a < book.unitFirst[u.index()] + book.unitCount[u.index()];
          a++) {
        SplittableRandom sub = rng.split();
        if (book.createdSecond[a] < historyStart - 86_400L * 60 && sub.nextDouble() < 0.25) {
          long span = historyStart / 86_400L - book.createdSecond[a] / 86_400L - 31;
          long start = book.createdSecond[a] / 86_400L + 30 + sub.nextLong(Math.max(1, span));
          writeOne(export, sub, u, a, start, "platform", inflowLocal);
          if (sub.nextDouble() < 0.3) {
            writeOne(export, sub, u, a, start + 90, "services", inflowLocal);
          }
        }
      }
      for (int m = 0; m < Timeline.MONTHS; m++) {
        SplittableRandom monthRng = c.randoms().cell(Streams.SUBSCRIPTIONS, u.index(), m + 1);
        int n =
            Randoms.poisson(
                monthRng, NEW_PER_MONTH * u.weight() * scale.factor() * Timeline.trend(m));
        for (int i = 0; i < n; i++) {
          SplittableRandom sub = monthRng.split();
          long day = Timeline.monthStartDay(m) + sub.nextInt(Timeline.daysIn(m));
          int account = book.pick(sub, u.index(), day * 86_400L);
          writeOne(export, sub, u, account, day, "platform", inflowLocal);
        }
      }
      bookExpectedEffect(u, inflowLocal);
    }
  }

  /** Writes one subscription and adds its MRR (unit currency) to its start month's inflow. */
  private void writeOne(
      Export export,
      SplittableRandom rng,
      Unit u,
      int account,
      long startDay,
      String productLine,
      double[] inflowLocal) {
    double mrr =
        BASE_MRR[c.book().segment[account]]
            * Randoms.lognormalOne(rng, 0.4)
            * (productLine.equals("services") ? 0.4 : 1.0);
    long cents = Math.round(mrr * 100);
    int startMonth = Math.max(0, Timeline.monthOfDay(startDay));
    long ended = -1;
    for (int m = startMonth; m < Timeline.MONTHS && ended < 0; m++) {
      double hazard = hazard(u, m);
      if (rng.nextDouble() < hazard) {
        long from = Math.max(startDay + 1, Timeline.monthStartDay(m));
        ended = from + rng.nextInt((int) Math.max(1, Timeline.monthStartDay(m + 1) - from));
      }
    }
    export
        .subscriptions
        .id(Export.SUBSCRIPTION, nextSubscription++)
        .id(Export.ACCOUNT, account + 1)
        .date(startDay)
        .cents(cents)
        .text(u.currency());
    if (ended >= 0) {
      export.subscriptions.date(ended).text(END_REASONS[rng.nextInt(END_REASONS.length)]);
    } else {
      export.subscriptions.empty().empty();
    }
    export.subscriptions.text(productLine);
    export.subscriptions.endRow();
    inflowLocal[startMonth] += cents / 100.0;
  }

  private double hazard(Unit u, int month) {
    return MONTHLY_CHURN_HAZARD
        * (1 - CrmEffect.CHURN_HAZARD_REDUCTION * c.effect().strength(u, month));
  }

  /**
   * Expected MRR still active at the end of each month, with and without the CRM, from the realised
   * inflows: exposed_t = survivors_t + inflow_t, survivors_{t+1} = exposed_t × (1 − h_t). The
   * monthly benefit is gross margin × (difference of MRR active at month end), converted at that
   * month's rate: each avoided churn is valued for every month it stays within the data.
   */
  private void bookExpectedEffect(Unit u, double[] inflowLocal) {
    double with = 0;
    double without = 0;
    for (int m = 0; m < Timeline.MONTHS; m++) {
      with += inflowLocal[m];
      without += inflowLocal[m];
      double avoided = without * MONTHLY_CHURN_HAZARD - with * hazard(u, m);
      with *= 1 - hazard(u, m);
      without *= 1 - MONTHLY_CHURN_HAZARD;
      double usd = c.fx().usdPerInMonth(u.currency(), m);
      c.ledger().addAvoidedChurnedMrr(u.index(), m, avoided * usd);
      c.ledger()
          .add(
              EffectLedger.RETENTION,
              u.index(),
              m,
              (with - without) * SalesModel.GROSS_MARGIN * usd);
    }
  }
}
