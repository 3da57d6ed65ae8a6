package dev.crmroi.generator;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The customer and prospect accounts per unit with their contacts. Accounts are kept sorted by
 * creation per unit, so "an account that already existed in month m" is a prefix, and the expected
 * deal size of a month is an exact prefix mean (used by the truth).
 */
final class AccountBook {

  static final String[] SEGMENTS = {"smb", "mid_market", "enterprise"};
  static final double[] SEGMENT_CUMULATIVE = {0.6, 0.9, 1.0};
  static final double[] BASE_DEAL_USD = {9_000, 32_000, 115_000};
  static final String[] INDUSTRIES = {
    "manufacturing",
    "retail",
    "healthcare",
    "financial_services",
    "technology",
    "logistics",
    "education",
    "energy",
    "media",
    "professional_services"
  };
  private static final String[][] SIZE_BANDS = {
    {"1-49", "50-199"}, {"200-499", "500-999"}, {"1000-4999", "5000+"}
  };

  final int[] unitFirst;
  final int[] unitCount;
  final long[] createdSecond;
  final byte[] segment;
  final String[] name;
  final int[] contactFirst;
  final int[] contactCount;
  private final double[][] prefixBaseDeal;
  private final Randoms randoms;
  private final Workforce workforce;

  AccountBook(Randoms randoms, Scale scale, Workforce workforce) {
    this.randoms = randoms;
    this.workforce = workforce;
    int units = Unit.ALL.size();
    unitFirst = new int[units];
    unitCount = new int[units];
    int total = 0;
    for (Unit u : Unit.ALL) {
      unitFirst[u.index()] = total;
      unitCount[u.index()] = u.share(500.0 * scale.factor(), 40);
      total += unitCount[u.index()];
    }
    createdSecond = new long[total];
    segment = new byte[total];
    name = new String[total];
    contactFirst = new int[total];
    contactCount = new int[total];
    prefixBaseDeal = new double[units][];
    for (Unit u : Unit.ALL) {
      drawUnit(u);
    }
    assignContacts();
  }

  int size() {
    return createdSecond.length;
  }

  int unitOf(int account) {
    int u = 0;
    while (u + 1 < unitFirst.length && account >= unitFirst[u + 1]) {
      u++;
    }
    return u;
  }

  /** How many of the unit's accounts existed before this instant (at least one). */
  int existingBefore(int unit, long epochSecond) {
    int from = unitFirst[unit];
    int idx = Arrays.binarySearch(createdSecond, from, from + unitCount[unit], epochSecond);
    int n = (idx >= 0 ? idx : -idx - 1) - from;
    return Math.max(1, n);
  }

  /** An account drawn uniformly from those that existed before the instant. */
  int pick(SplittableRandom rng, int unit, long epochSecond) {
    return unitFirst[unit] + rng.nextInt(existingBefore(unit, epochSecond));
  }

  /** Expected base deal size (USD) of an account drawn by {@link #pick} at that instant. */
  double meanBaseDeal(int unit, long epochSecond) {
    int n = existingBefore(unit, epochSecond);
    return prefixBaseDeal[unit][n] / n;
  }

  double baseDeal(int account) {
    return BASE_DEAL_USD[segment[account]];
  }

  int pickContact(SplittableRandom rng, int account) {
    return contactFirst[account] + rng.nextInt(contactCount[account]);
  }

  private void drawUnit(Unit unit) {
    SplittableRandom rng = randoms.cell(Streams.ACCOUNTS, unit.index(), 0);
    int first = unitFirst[unit.index()];
    int n = unitCount[unit.index()];
    long historyStart = Timeline.monthStartSecond(0);
    long[] created = new long[n];
    for (int i = 0; i < n; i++) {
      // Two thirds of the book predates the history; the rest arrives steadily during it.
      created[i] =
          rng.nextDouble() < 0.65
              ? historyStart - 86_400L * (30 + rng.nextInt(1800)) + rng.nextInt(86_400)
              : historyStart
                  + (long)
                      (rng.nextDouble()
                          * (Timeline.END_EPOCH_SECOND - historyStart - 86_400L * 90));
    }
    Arrays.sort(created);
    double[] prefix = new double[n + 1];
    for (int i = 0; i < n; i++) {
      int a = first + i;
      createdSecond[a] = created[i];
      segment[a] = (byte) Randoms.pick(rng, SEGMENT_CUMULATIVE);
      name[a] = Names.company(a) + " " + Names.LEGAL_BY_UNIT[unit.index()];
      prefix[i + 1] = prefix[i] + baseDeal(a);
    }
    prefixBaseDeal[unit.index()] = prefix;
  }

  /** Contacts per account: bigger companies have more people in the buying group. */
  private void assignContacts() {
    int next = 0;
    for (int a = 0; a < size(); a++) {
      SplittableRandom rng = randoms.cell(Streams.ACCOUNTS, 100 + unitOf(a), a);
      contactFirst[a] = next;
      contactCount[a] = 1 + segment[a] + rng.nextInt(2 + segment[a]);
      next += contactCount[a];
    }
  }

  String sizeBand(SplittableRandom rng, int account) {
    String[] bands = SIZE_BANDS[segment[account]];
    return bands[rng.nextInt(bands.length)];
  }

  String industry(int account) {
    return INDUSTRIES[(int) ((account * 2654435761L >>> 7) % INDUSTRIES.length)];
  }

  int owner(SplittableRandom rng, int account) {
    int unit = unitOf(account);
    long created = Math.max(createdSecond[account], Timeline.monthStartSecond(0));
    int month = Math.min(Timeline.MONTHS - 1, Timeline.monthOfDay(created / 86_400L));
    return workforce.pickActive(rng, Workforce.SALES, unit, month);
  }
}
