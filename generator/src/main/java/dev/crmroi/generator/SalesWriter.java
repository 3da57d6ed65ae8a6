package dev.crmroi.generator;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Writes opportunities, their invoices and their activities, one unit-month at a time, and links
 * the month's converted leads to its new-business deals. Deal attributes come from one random
 * stream and activities from another, so a change of outcome (won instead of lost) never shifts the
 * draws of the next deal.
 */
final class SalesWriter {

  private static final String[] LOST_REASONS = {
    "price", "competitor", "no_decision", "timing", "budget", "product_fit"
  };
  private static final String[] CORE_LINES = {"platform", "platform", "platform", "services"};

  private final Randoms randoms;
  private final CrmEffect effect;
  private final Workforce staff;
  private final AccountBook book;
  private final MarketingPlan marketing;
  private final FxRates fx;
  private final EffectLedger ledger;
  private final DirtLog dirt;
  private final ActivityWriter activities;
  private final int[][] convertedByCell;
  private final DirtLog.Picker missingAmount;
  private final DirtLog.Picker closedBeforeCreated;
  private final DirtLog.Picker negativeAmount;
  private final DirtLog.Picker unknownStage;
  private final DirtLog.Picker badDate;
  private final DirtLog.Picker badCurrency;
  private int nextOpportunity = 1;
  private int nextInvoice = 1;

  SalesWriter(SalesContext c) {
    this.randoms = c.randoms();
    this.effect = c.effect();
    this.staff = c.staff();
    this.book = c.book();
    this.marketing = c.marketing();
    this.fx = c.fx();
    this.ledger = c.ledger();
    this.dirt = c.dirt();
    this.activities = c.activities();
    this.convertedByCell = bucketConversions(marketing);
    missingAmount = dirt.every(150, 20);
    closedBeforeCreated = dirt.every(700, 30);
    negativeAmount = dirt.every(900, 12);
    unknownStage = dirt.every(2500, 40);
    badDate = dirt.every(2500, 60);
    badCurrency = dirt.every(3000, 25);
  }

  /** The collaborators the sales writer needs, gathered so its constructor stays readable. */
  record SalesContext(
      Randoms randoms,
      CrmEffect effect,
      Workforce staff,
      AccountBook book,
      MarketingPlan marketing,
      FxRates fx,
      EffectLedger ledger,
      DirtLog dirt,
      ActivityWriter activities) {}

  void write(Export export) {
    for (int m = 0; m < Timeline.MONTHS; m++) {
      for (Unit u : Unit.ALL) {
        double strength = effect.strength(u, m);
        SalesModel.bookExpectedEffect(ledger, staff, book, u, m, strength);
        writeCell(export, u, m, strength);
        if (u.index() == SalesModel.PRODUCT_LINE_UNIT
            && m >= Timeline.indexOf(SalesModel.PRODUCT_LINE_LAUNCH)) {
          writeProductLine(export, u, m);
        }
      }
    }
  }

  private void writeCell(Export export, Unit u, int m, double strength) {
    SplittableRandom rng = randoms.cell(Streams.OPPORTUNITIES, u.index(), m);
    SplittableRandom activityRng = randoms.cell(Streams.ACTIVITIES, u.index(), m);
    int n = Randoms.poisson(rng, SalesModel.meanDeals(staff, u, m));
    long[] createdAt = sortedInstants(rng, m, n);
    int[] leads = convertedByCell[u.index() * Timeline.MONTHS + m];
    int nextLead = 0;
    double win = 1 + CrmEffect.WIN_RATE_UPLIFT * strength;
    double size = (1 + CrmEffect.DEAL_SIZE_UPLIFT * strength) * SalesModel.priceFactor(m);
    for (int i = 0; i < n; i++) {
      Deal d = new Deal();
      d.created = createdAt[i];
      d.type = Randoms.pick(rng, SalesModel.TYPE_CUMULATIVE);
      d.account = book.pick(rng, u.index(), Timeline.monthStartSecond(m));
      d.owner = staff.pickRep(rng, u.index(), m);
      d.usd =
          book.baseDeal(d.account)
              * SalesModel.TYPE_DEAL_FACTOR[d.type]
              * Randoms.lognormalOne(rng, SalesModel.DEAL_SIGMA)
              * size;
      d.won = rng.nextDouble() < SalesModel.BASE_WIN[d.type] * win;
      d.closeLag = Randoms.pick(rng, SalesModel.CLOSE_LAG_CUMULATIVE);
      d.closeFraction = rng.nextDouble();
      d.costShare = 0.60 + 0.10 * rng.nextDouble();
      d.lostReason = LOST_REASONS[rng.nextInt(LOST_REASONS.length)];
      d.productLine = CORE_LINES[rng.nextInt(CORE_LINES.length)];
      if (d.type == 0
          && nextLead < leads.length
          && marketing.created[leads[nextLead]] < d.created - 3600) {
        d.lead = leads[nextLead++];
      }
      writeDeal(export, u, m, d, activityRng);
    }
  }

  private void writeProductLine(Export export, Unit u, int m) {
    SplittableRandom rng = randoms.cell(Streams.PRODUCT_LINE, u.index(), m);
    SplittableRandom activityRng = randoms.cell(Streams.PRODUCT_LINE, 50 + u.index(), m);
    int n =
        Randoms.poisson(rng, SalesModel.PRODUCT_LINE_VOLUME * SalesModel.meanDeals(staff, u, m));
    long[] createdAt = sortedInstants(rng, m, n);
    for (int i = 0; i < n; i++) {
      Deal d = new Deal();
      d.created = createdAt[i];
      d.type = 2;
      d.account = book.pick(rng, u.index(), Timeline.monthStartSecond(m));
      d.owner = staff.pickRep(rng, u.index(), m);
      d.usd =
          book.baseDeal(d.account)
              * 0.5
              * Randoms.lognormalOne(rng, SalesModel.DEAL_SIGMA)
              * SalesModel.priceFactor(m);
      d.won = rng.nextDouble() < 0.38;
      d.closeLag = Randoms.pick(rng, SalesModel.CLOSE_LAG_CUMULATIVE);
      d.closeFraction = rng.nextDouble();
      d.costShare = 0.55 + 0.10 * rng.nextDouble();
      d.lostReason = LOST_REASONS[rng.nextInt(LOST_REASONS.length)];
      d.productLine = SalesModel.PRODUCT_LINE;
      writeDeal(export, u, m, d, activityRng);
    }
  }

  private void writeDeal(Export export, Unit u, int m, Deal d, SplittableRandom activityRng) {
    int number = nextOpportunity++;
    int closeMonth = m + d.closeLag;
    boolean open = closeMonth >= Timeline.MONTHS;
    long closed = 0;
    if (!open) {
      long from = d.closeLag == 0 ? d.created + 3600 : Timeline.monthStartSecond(closeMonth);
      long to = Timeline.monthStartSecond(closeMonth + 1) - 1;
      closed = from + (long) (d.closeFraction * Math.max(0, to - from));
    }
    String currency = currencyOf(u, d.account);
    long cents = fx.toLocalCents(d.usd, currency, (open ? d.created : closed) / 86_400L);
    long costCents = Math.round(cents * d.costShare);
    if (d.lead >= 0) {
      linkLead(d, number);
    }
    DealRow.write(
        export.opportunities, this, dirt, number, d, open, closed, cents, costCents, currency);
    if (!open && d.won) {
      writeInvoice(export, number, d, closed, cents, costCents, currency);
    }
    activities.forDeal(export, activityRng, u, m, number, d, open ? 0 : closed);
  }

  private void linkLead(Deal d, int number) {
    int lead = d.lead;
    marketing.opportunity[lead] = number;
    marketing.account[lead] = d.account;
    // The lead was created over an hour before the deal, so both instants stay after it.
    marketing.converted[lead] = d.created - 1800;
    marketing.firstContact[lead] = Math.min(marketing.firstContact[lead], d.created - 2400);
  }

  private void writeInvoice(
      Export export,
      int opportunity,
      Deal d,
      long closed,
      long cents,
      long costCents,
      String currency) {
    int number = nextInvoice++;
    long issued = Math.min(Timeline.END_EPOCH_DAY, closed / 86_400L + (opportunity % 11));
    String invoiceCurrency = currency;
    if (badCurrency.next()) {
      invoiceCurrency = "XXX";
      dirt.invalid(
          "invoices",
          Export.id(Export.INVOICE, number),
          "currency",
          "XXX",
          "unknown currency code");
    }
    export
        .invoices
        .id(Export.INVOICE, number)
        .id(Export.ACCOUNT, d.account + 1)
        .date(issued)
        .cents(cents)
        .text(invoiceCurrency)
        .cents(costCents)
        .id(Export.OPPORTUNITY, opportunity);
    export.invoices.endRow();
  }

  static String currencyOf(Unit u, int account) {
    // Some EMEA customers are in the UK and are invoiced in pounds.
    if (u.currency().equals("EUR") && account % 4 == 0) {
      return "GBP";
    }
    return u.currency();
  }

  private static long[] sortedInstants(SplittableRandom rng, int m, int n) {
    long[] at = new long[n];
    long start = Timeline.monthStartSecond(m);
    long span = Timeline.daysIn(m) * 86_400L;
    for (int i = 0; i < n; i++) {
      at[i] = start + (long) (rng.nextDouble() * span);
    }
    Arrays.sort(at);
    return at;
  }

  private static int[][] bucketConversions(MarketingPlan plan) {
    int cells = Unit.ALL.size() * Timeline.MONTHS;
    int[] counts = new int[cells];
    for (int i = 0; i < plan.leadCount; i++) {
      if (plan.status[i] == MarketingPlan.STATUS_CONVERTED) {
        counts[cellOf(plan, i)]++;
      }
    }
    int[][] buckets = new int[cells][];
    for (int c = 0; c < cells; c++) {
      buckets[c] = new int[counts[c]];
      counts[c] = 0;
    }
    for (int i = 0; i < plan.leadCount; i++) {
      if (plan.status[i] == MarketingPlan.STATUS_CONVERTED) {
        int c = cellOf(plan, i);
        buckets[c][counts[c]++] = i;
      }
    }
    return buckets;
  }

  private static int cellOf(MarketingPlan plan, int lead) {
    int month = Timeline.monthOfDay(plan.converted[lead] / 86_400L);
    return plan.unit[lead] * Timeline.MONTHS + month;
  }

  int campaignOfLead(int lead) {
    return marketing.campaign[lead];
  }

  DirtLog.Picker missingAmount() {
    return missingAmount;
  }

  DirtLog.Picker closedBeforeCreated() {
    return closedBeforeCreated;
  }

  DirtLog.Picker negativeAmount() {
    return negativeAmount;
  }

  DirtLog.Picker unknownStage() {
    return unknownStage;
  }

  DirtLog.Picker badDate() {
    return badDate;
  }
}
