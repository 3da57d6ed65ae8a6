package dev.crmroi.generator;

import java.util.SplittableRandom;

/**
 * Campaigns, their spend and the leads they bring. Spend follows a fixed budget (season × trend),
 * untouched by the CRM; after go-live more of the same leads convert, so the cost per converted
 * lead falls. Converted leads are linked later to opportunities the sales model creates anyway,
 * which keeps this stream from also inflating won revenue.
 */
final class MarketingPlan {

  static final String[] CHANNELS = {
    "email", "paid_search", "social", "events", "webinar", "content"
  };
  static final double BASE_CONVERSION = 0.15;
  private static final double LEADS_PER_MONTH = 36;
  private static final double BUDGET_USD_PER_MONTH = 12_000;
  private static final int CAMPAIGNS_PER_QUARTER = 2;
  static final byte STATUS_OPEN = 0;
  static final byte STATUS_QUALIFIED = 1;
  static final byte STATUS_CONVERTED = 2;
  static final byte STATUS_DISQUALIFIED = 3;

  final int[] campaignChannel;
  final int leadCount;
  final long[] created;
  final int[] unit;
  final int[] campaign; // -1 without campaign (referral)
  final int[] account;
  final int[] owner;
  final byte[] status;
  final long[] firstContact;
  final long[] converted;
  final int[] opportunity; // 0 when not linked

  private final Randoms randoms;
  private final CrmEffect effect;
  private final Scale scale;

  MarketingPlan(Randoms randoms, Scale scale, CrmEffect effect, AccountBook book, Workforce staff) {
    this.randoms = randoms;
    this.scale = scale;
    this.effect = effect;
    int quarters = Timeline.MONTHS / 3;
    campaignChannel = new int[Unit.ALL.size() * quarters * CAMPAIGNS_PER_QUARTER];
    for (int c = 0; c < campaignChannel.length; c++) {
      campaignChannel[c] = randoms.cell(Streams.CAMPAIGNS, 0, c).nextInt(CHANNELS.length);
    }
    int capacity = 0;
    for (Unit u : Unit.ALL) {
      for (int m = 0; m < Timeline.MONTHS; m++) {
        capacity += (int) (leadMean(u, m) * 1.5 + 30);
      }
    }
    created = new long[capacity];
    unit = new int[capacity];
    campaign = new int[capacity];
    account = new int[capacity];
    owner = new int[capacity];
    status = new byte[capacity];
    firstContact = new long[capacity];
    converted = new long[capacity];
    opportunity = new int[capacity];
    int n = 0;
    for (int m = 0; m < Timeline.MONTHS; m++) {
      for (Unit u : Unit.ALL) {
        n = drawLeads(u, m, n, book, staff);
      }
    }
    leadCount = n;
  }

  double leadMean(Unit u, int m) {
    return LEADS_PER_MONTH * u.weight() * scale.factor() * Timeline.season(m) * Timeline.trend(m);
  }

  /** The month's marketing budget in USD: the same with or without the CRM. */
  double budgetUsd(Unit u, int m) {
    return BUDGET_USD_PER_MONTH
        * u.weight()
        * scale.factor()
        * Timeline.season(m)
        * Timeline.trend(m);
  }

  int campaignOf(int unitIndex, int month, int slot) {
    return ((unitIndex * (Timeline.MONTHS / 3)) + month / 3) * CAMPAIGNS_PER_QUARTER + slot;
  }

  private int drawLeads(Unit u, int m, int n, AccountBook book, Workforce staff) {
    SplittableRandom rng = randoms.cell(Streams.LEADS, u.index(), m);
    int count = Math.min(Randoms.poisson(rng, leadMean(u, m)), created.length - n);
    double strength = effect.strength(u, m);
    double conversion = BASE_CONVERSION * (1 + CrmEffect.LEAD_CONVERSION_UPLIFT * strength);
    long start = Timeline.monthStartSecond(m);
    for (int i = 0; i < count; i++, n++) {
      created[n] = start + (long) (rng.nextDouble() * Timeline.daysIn(m) * 86_400L);
      unit[n] = u.index();
      campaign[n] = rng.nextDouble() < 0.8 ? campaignOf(u.index(), m, rng.nextInt(2)) : -1;
      account[n] = book.pick(rng, u.index(), Timeline.monthStartSecond(m));
      owner[n] = staff.pickRep(rng, u.index(), m);
      // The CRM's routing also gets leads a first call sooner (not valued: no stream).
      double hours = 30 * Randoms.lognormalOne(rng, 0.8) * (1 - 0.4 * strength);
      firstContact[n] = created[n] + 600 + (long) (hours * 3600);
      double convertDraw = rng.nextDouble();
      long convertAt =
          Math.max(
              firstContact[n] + 3600,
              created[n] + 86_400L * 3 + (long) (-Math.log(1 - rng.nextDouble()) * 86_400L * 12));
      double disqualifyDraw = rng.nextDouble();
      if (convertDraw < conversion && convertAt <= Timeline.END_EPOCH_SECOND) {
        status[n] = STATUS_CONVERTED;
        converted[n] = convertAt;
      } else if (created[n] > Timeline.END_EPOCH_SECOND - 86_400L * 45) {
        status[n] = STATUS_OPEN;
      } else {
        status[n] = disqualifyDraw < 0.75 ? STATUS_DISQUALIFIED : STATUS_QUALIFIED;
      }
    }
    return n;
  }

  /** Writes campaigns and their monthly spend, and books the marketing stream's truth. */
  void writeCampaignsAndSpend(Export export, FxRates fx, EffectLedger ledger) {
    for (Unit u : Unit.ALL) {
      for (int q = 0; q < Timeline.MONTHS / 3; q++) {
        for (int slot = 0; slot < CAMPAIGNS_PER_QUARTER; slot++) {
          writeCampaign(export, fx, u, q, slot);
        }
      }
      for (int m = 0; m < Timeline.MONTHS; m++) {
        // Spend avoided for the same conversions: without the CRM, reaching this month's
        // conversions would have cost budget × (1 + uplift × strength); the difference is
        // budget × uplift × strength.
        double strength = effect.strength(u, m);
        ledger.add(
            EffectLedger.MARKETING,
            u.index(),
            m,
            budgetUsd(u, m) * CrmEffect.LEAD_CONVERSION_UPLIFT * strength);
      }
    }
  }

  private void writeCampaign(Export export, FxRates fx, Unit u, int quarter, int slot) {
    int c = campaignOf(u.index(), quarter * 3, slot);
    double share = slot == 0 ? 0.6 : 0.4;
    long total = 0;
    long[] monthCents = new long[3];
    for (int k = 0; k < 3; k++) {
      int m = quarter * 3 + k;
      monthCents[k] =
          fx.toLocalCents(budgetUsd(u, m) * share, u.currency(), Timeline.monthStartDay(m));
      total += monthCents[k];
    }
    String channel = CHANNELS[campaignChannel[c]];
    export
        .campaigns
        .id(Export.CAMPAIGN, c + 1)
        .text(
            Timeline.month(quarter * 3).getYear()
                + "-Q"
                + (Timeline.month(quarter * 3).getMonthValue() / 3 + 1)
                + " "
                + u.name()
                + " "
                + channel)
        .text(channel)
        .date(Timeline.monthStartDay(quarter * 3))
        .date(Timeline.monthStartDay(quarter * 3 + 3) - 1)
        .cents(total)
        .text(u.currency());
    export.campaigns.endRow();
    for (int k = 0; k < 3; k++) {
      int m = quarter * 3 + k;
      export
          .spend
          .id(Export.SPEND, export.nextSpend++)
          .text("marketing")
          .date(Timeline.monthStartDay(m))
          .date(Timeline.monthStartDay(m + 1) - 1)
          .cents(monthCents[k])
          .text(u.currency())
          .id(Export.CAMPAIGN, c + 1)
          .text(channel + " programme");
      export.spend.endRow();
    }
  }
}
