package dev.crmroi.generator;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

/**
 * Writes the activities (calls, e-mails, meetings, tasks, quotes, notes) logged against deals,
 * leads and tickets: the bulk of the rows, so this is the one hot loop, written without allocation.
 * Before a unit's go-live fewer activities were captured (the legacy tool), and logging discipline
 * climbs with adoption.
 */
final class ActivityWriter {

  private static final byte[][] TYPES = bytes("call", "email", "meeting", "task", "quote", "note");
  private static final double[] DEAL_TYPE_CUMULATIVE = {0.28, 0.62, 0.72, 0.84, 0.90, 1.0};
  private static final byte[][] CALL_OUTCOMES = bytes("connected", "voicemail", "no_answer");
  private static final byte[][] MEETING_OUTCOMES = bytes("held", "rescheduled");
  private static final byte[][] EMAIL_OUTCOMES = bytes("sent", "replied");
  private static final double WON_MEAN = 24;
  private static final double LOST_MEAN = 16;
  private static final double OPEN_MEAN = 8;

  private final AccountBook book;

  ActivityWriter(AccountBook book) {
    this.book = book;
  }

  /** The share of activities that got logged: partial before go-live, rising with adoption. */
  static double loggingRate(Unit u, int month) {
    int k = month - u.goLiveIndex();
    return k < 0 ? 0.6 : 0.6 + 0.4 * Math.min(1.0, k / 6.0);
  }

  void forDeal(
      Export export,
      SplittableRandom rng,
      Unit u,
      int month,
      int opportunity,
      Deal d,
      long closed) {
    double mean = closed == 0 ? OPEN_MEAN : d.won ? WON_MEAN : LOST_MEAN;
    int n = Randoms.poisson(rng, mean * loggingRate(u, month));
    long end =
        closed > d.created ? closed : Math.min(Timeline.END_EPOCH_SECOND, d.created + 45 * 86_400L);
    long span = Math.max(1, end - d.created);
    for (int i = 0; i < n; i++) {
      int type = Randoms.pick(rng, DEAL_TYPE_CUMULATIVE);
      long at = d.created + (long) (rng.nextDouble() * span);
      int contact = book.pickContact(rng, d.account);
      row(export, rng, type, at, d.owner, d.account, contact, -1, opportunity, -1);
    }
  }

  void forLead(Export export, SplittableRandom rng, int lead, long at, int owner, int account) {
    int type = rng.nextDouble() < 0.6 ? 0 : 1;
    row(export, rng, type, at, owner, account, book.pickContact(rng, account), lead, -1, -1);
  }

  void forTicket(
      Export export,
      SplittableRandom rng,
      int ticket,
      long at,
      int agent,
      int account,
      int contact) {
    int type = rng.nextDouble() < 0.35 ? 0 : 1;
    row(export, rng, type, at, agent, account, contact, -1, -1, ticket);
  }

  private static void row(
      Export export,
      SplittableRandom rng,
      int type,
      long at,
      int user,
      int account,
      int contact,
      int lead,
      int opportunity,
      int ticket) {
    CsvSink s = export.activities;
    s.id(Export.ACTIVITY, export.nextActivity++)
        .raw(TYPES[type])
        .timestamp(at)
        .id(Export.USER, user)
        .id(Export.ACCOUNT, account + 1)
        .id(Export.CONTACT, contact + 1);
    optionalId(s, Export.LEAD, lead);
    optionalId(s, Export.OPPORTUNITY, opportunity);
    optionalId(s, Export.TICKET, ticket);
    switch (type) {
      case 0 -> s.number(3 + rng.nextInt(28)).raw(CALL_OUTCOMES[rng.nextInt(3)]);
      case 1 -> s.empty().raw(EMAIL_OUTCOMES[rng.nextInt(2)]);
      case 2 -> s.number(30 + 15 * rng.nextInt(4)).raw(MEETING_OUTCOMES[rng.nextInt(2)]);
      default -> s.empty().empty();
    }
    s.endRow();
  }

  private static void optionalId(CsvSink s, byte[] prefix, int number) {
    if (number < 0) {
      s.empty();
    } else {
      s.id(prefix, number);
    }
  }

  private static byte[][] bytes(String... values) {
    byte[][] out = new byte[values.length][];
    for (int i = 0; i < values.length; i++) {
      out[i] = values[i].getBytes(StandardCharsets.US_ASCII);
    }
    return out;
  }
}
