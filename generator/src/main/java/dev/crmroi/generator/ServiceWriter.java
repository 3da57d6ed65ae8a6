package dev.crmroi.generator;

import java.util.SplittableRandom;

/**
 * Writes support tickets, their activities and the customer surveys (CSAT after resolved tickets,
 * NPS to a sample of contacts). After go-live the CRM's knowledge base and case views cut handle
 * time per ticket; the service stream values the agent hours saved.
 */
final class ServiceWriter {

  static final double TICKETS_PER_MONTH = 62;
  static final String[] PRIORITIES = {"low", "normal", "high", "urgent"};
  static final double[] PRIORITY_CUMULATIVE = {0.30, 0.75, 0.95, 1.0};
  static final double[] PRIORITY_SHARE = {0.30, 0.45, 0.20, 0.05};
  static final double[] HANDLE_MINUTES = {25, 35, 55, 80};
  static final double LOADED_HOURLY_COST_USD = 40;
  private static final String[] CHANNELS = {"email", "phone", "chat", "portal"};
  private static final String[] CATEGORIES = {
    "billing", "technical", "onboarding", "how_to", "bug", "account"
  };

  private final Randoms randoms;
  private final CrmEffect effect;
  private final Workforce staff;
  private final AccountBook book;
  private final Scale scale;
  private final EffectLedger ledger;
  private final DirtLog.Picker noResolution;
  private final DirtLog dirt;
  private final ActivityWriter activities;
  private int nextTicket = 1;

  ServiceWriter(SalesWriter.SalesContext c, Scale scale) {
    this.randoms = c.randoms();
    this.effect = c.effect();
    this.staff = c.staff();
    this.book = c.book();
    this.ledger = c.ledger();
    this.dirt = c.dirt();
    this.activities = c.activities();
    this.scale = scale;
    this.noResolution = dirt.every(300, 45);
  }

  static double expectedHandleMinutes() {
    double sum = 0;
    for (int p = 0; p < PRIORITY_SHARE.length; p++) {
      sum += PRIORITY_SHARE[p] * HANDLE_MINUTES[p];
    }
    return sum;
  }

  double meanTickets(Unit u, int m) {
    // Support demand is flatter than sales: a mild January bump after year-end go-lives.
    double season = m % 12 == 0 ? 1.15 : 1.0;
    return TICKETS_PER_MONTH * u.weight() * scale.factor() * season * Timeline.trend(m);
  }

  void write(Export export) {
    for (int m = 0; m < Timeline.MONTHS; m++) {
      for (Unit u : Unit.ALL) {
        double strength = effect.strength(u, m);
        // Agent hours saved = mean tickets × mean handle minutes × reduction × strength / 60.
        ledger.add(
            EffectLedger.SERVICE,
            u.index(),
            m,
            meanTickets(u, m)
                * expectedHandleMinutes()
                * CrmEffect.HANDLE_TIME_REDUCTION
                * strength
                / 60
                * LOADED_HOURLY_COST_USD);
        writeCell(export, u, m, strength);
        writeNps(export, u, m);
      }
    }
  }

  private void writeCell(Export export, Unit u, int m, double strength) {
    SplittableRandom rng = randoms.cell(Streams.TICKETS, u.index(), m);
    SplittableRandom detail = randoms.cell(Streams.TICKET_DETAIL, u.index(), m);
    int n = Randoms.poisson(rng, meanTickets(u, m));
    for (int i = 0; i < n; i++) {
      long opened =
          Timeline.monthStartSecond(m) + (long) (rng.nextDouble() * Timeline.daysIn(m) * 86_400L);
      int account = book.pick(rng, u.index(), opened);
      int contact = book.pickContact(rng, account);
      int agent = staff.pickActive(rng, Workforce.SERVICE, u.index(), m);
      int priority = Randoms.pick(rng, PRIORITY_CUMULATIVE);
      double handle =
          HANDLE_MINUTES[priority]
              * Randoms.lognormalOne(rng, 0.45)
              * (1 - CrmEffect.HANDLE_TIME_REDUCTION * strength);
      long firstResponse =
          opened + 300 + (long) (3 * 3600 * Randoms.lognormalOne(rng, 0.9) * (1 - 0.3 * strength));
      long resolved = firstResponse + (long) (20 * 3600 * Randoms.lognormalOne(rng, 1.0));
      long closed = resolved + rng.nextInt(3 * 86_400);
      boolean reopened = rng.nextDouble() < 0.06;
      String channel = CHANNELS[rng.nextInt(CHANNELS.length)];
      String category = CATEGORIES[rng.nextInt(CATEGORIES.length)];
      int number = nextTicket++;
      CsvSink s = export.tickets;
      s.id(Export.TICKET, number)
          .timestamp(opened)
          .id(Export.ACCOUNT, account + 1)
          .id(Export.CONTACT, contact + 1)
          .id(Export.USER, agent)
          .text(channel)
          .text(category)
          .text(PRIORITIES[priority]);
      optionalStamp(s, firstResponse);
      boolean done = closed <= Timeline.END_EPOCH_SECOND;
      if (done && noResolution.next()) {
        s.empty();
        dirt.missing("tickets", Export.id(Export.TICKET, number), "resolved_at");
      } else {
        optionalStamp(s, resolved);
      }
      optionalStamp(s, closed);
      s.cents(Math.round(handle * 100)).bool(reopened);
      s.endRow();
      ticketFollowUp(export, detail, number, opened, resolved, agent, account, contact, strength);
    }
  }

  private void ticketFollowUp(
      Export export,
      SplittableRandom rng,
      int ticket,
      long opened,
      long resolved,
      int agent,
      int account,
      int contact,
      double strength) {
    int n = 1 + Randoms.poisson(rng, 0.5);
    for (int k = 0; k < n; k++) {
      long at = opened + 120 + (long) (rng.nextDouble() * Math.max(60, resolved - opened));
      if (at <= Timeline.END_EPOCH_SECOND) {
        activities.forTicket(export, rng, ticket, at, agent, account, contact);
      }
    }
    long answered = resolved + 3600 + rng.nextInt(2 * 86_400);
    if (rng.nextDouble() < 0.3 && answered <= Timeline.END_EPOCH_SECOND) {
      double mean = 3.9 + 0.25 * strength;
      long score = Math.max(1, Math.min(5, Math.round(mean + 0.9 * rng.nextGaussian())));
      export
          .surveys
          .id(Export.SURVEY, export.nextSurvey++)
          .text("csat")
          .number(score)
          .timestamp(answered)
          .id(Export.ACCOUNT, account + 1)
          .id(Export.CONTACT, contact + 1)
          .id(Export.TICKET, ticket)
          .empty()
          .empty();
      export.surveys.endRow();
    }
  }

  private void writeNps(Export export, Unit u, int m) {
    SplittableRandom rng = randoms.cell(Streams.SURVEYS, u.index(), m);
    int n = Randoms.poisson(rng, 6 * u.weight() * scale.factor());
    for (int i = 0; i < n; i++) {
      long at =
          Timeline.monthStartSecond(m) + (long) (rng.nextDouble() * Timeline.daysIn(m) * 86_400L);
      int account = book.pick(rng, u.index(), at);
      long score = Math.max(0, Math.min(10, Math.round(7.4 + 2.0 * rng.nextGaussian())));
      export
          .surveys
          .id(Export.SURVEY, export.nextSurvey++)
          .text("nps")
          .number(score)
          .timestamp(at)
          .id(Export.ACCOUNT, account + 1)
          .id(Export.CONTACT, book.pickContact(rng, account) + 1)
          .empty()
          .empty()
          .empty();
      export.surveys.endRow();
    }
  }

  private static void optionalStamp(CsvSink s, long at) {
    if (at <= Timeline.END_EPOCH_SECOND) {
      s.timestamp(at);
    } else {
      s.empty();
    }
  }
}
