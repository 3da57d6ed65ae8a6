package dev.crmroi.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The company's CRM users: sales reps who are hired, ramp up and leave, service agents, marketers,
 * managers and admins. Sales capacity (reps weighted by their ramp) drives how many opportunities
 * each unit works each month, and the hiring wave in EMEA before its go-live is one of the
 * confounders.
 */
final class Workforce {

  static final String[] ROLES = {"sales", "service", "marketing", "manager", "admin"};
  static final int SALES = 0;
  static final int SERVICE = 1;

  /** Unit that hires extra reps just before its go-live (a recorded confounder). */
  static final int HIRING_WAVE_UNIT = 1;

  static final double HIRING_WAVE_SHARE = 0.40;
  private static final double MONTHLY_ATTRITION = 0.012;
  static final int REP_RAMP_MONTHS = 4;

  private final List<User> users = new ArrayList<>();
  private final int[][][] activeByRole; // [role][unit*MONTHS+month] -> user numbers
  private final double[][] salesCapacity; // [unit][month]
  private int hiringWaveReps;

  /** One user; months are history indexes, negative before 2022-01, MAX_VALUE if still there. */
  record User(
      int number,
      int unit,
      int role,
      long hiredDay,
      int hireMonth,
      int leaveMonth,
      long leftDay,
      String first,
      String last) {}

  Workforce(Randoms randoms, Scale scale) {
    for (Unit unit : Unit.ALL) {
      SplittableRandom rng = randoms.cell(Streams.USERS, unit.index(), 0);
      hireRole(rng, unit, SALES, unit.share(9.0 * scale.factor(), 1));
      hireRole(rng, unit, SERVICE, unit.share(5.0 * scale.factor(), 1));
      hireRole(rng, unit, 2, unit.share(1.5 * scale.factor(), 1));
      hireRole(rng, unit, 3, unit.share(1.2 * scale.factor(), 1));
      hireRole(rng, unit, 4, unit.share(0.3 * scale.factor(), 1));
      if (unit.index() == HIRING_WAVE_UNIT) {
        hiringWave(rng, unit, scale);
      }
    }
    activeByRole = indexActive();
    salesCapacity = capacity();
  }

  List<User> users() {
    return users;
  }

  int hiringWaveReps() {
    return hiringWaveReps;
  }

  /** Reps active in the month, each weighted by how far along their ramp-up they are. */
  double salesCapacity(int unit, int month) {
    return salesCapacity[unit][month];
  }

  /** A rep active in the month; ramping reps are picked less often, as they carry fewer deals. */
  int pickRep(SplittableRandom rng, int unit, int month) {
    int[] active = activeByRole[SALES][unit * Timeline.MONTHS + month];
    while (true) {
      User u = users.get(active[rng.nextInt(active.length)] - 1);
      if (rng.nextDouble() < repRamp(month - u.hireMonth())) {
        return u.number();
      }
    }
  }

  int pickActive(SplittableRandom rng, int role, int unit, int month) {
    int[] active = activeByRole[role][unit * Timeline.MONTHS + month];
    return active[rng.nextInt(active.length)];
  }

  static double repRamp(int monthsSinceHire) {
    if (monthsSinceHire < 0) {
      return 0;
    }
    return Math.min(1.0, (monthsSinceHire + 1) / (double) REP_RAMP_MONTHS);
  }

  private void hireRole(SplittableRandom rng, Unit unit, int role, int seats) {
    for (int s = 0; s < seats; s++) {
      long hired = Timeline.monthStartDay(0) - 60 - rng.nextInt(1500);
      hireChain(rng, unit, role, hired);
    }
  }

  /** One seat over time: a person who may leave, replaced in the same month by a new hire. */
  private void hireChain(SplittableRandom rng, Unit unit, int role, long hiredDay) {
    long day = hiredDay;
    while (day <= Timeline.END_EPOCH_DAY) {
      int hireMonth = monthIndexOf(day);
      int leaveMonth = Integer.MAX_VALUE;
      for (int m = Math.max(0, hireMonth + 1); m < Timeline.MONTHS; m++) {
        if (rng.nextDouble() < MONTHLY_ATTRITION) {
          leaveMonth = m;
          break;
        }
      }
      long left =
          leaveMonth == Integer.MAX_VALUE
              ? Long.MAX_VALUE
              : Timeline.monthStartDay(leaveMonth) + rng.nextInt(Timeline.daysIn(leaveMonth));
      String first = Names.FIRST[rng.nextInt(Names.FIRST.length)];
      String last = Names.LAST[rng.nextInt(Names.LAST.length)];
      users.add(
          new User(
              users.size() + 1, unit.index(), role, day, hireMonth, leaveMonth, left, first, last));
      day = left == Long.MAX_VALUE ? Long.MAX_VALUE : left + 1;
    }
  }

  private void hiringWave(SplittableRandom rng, Unit unit, Scale scale) {
    int goLive = unit.goLiveIndex();
    hiringWaveReps = (int) Math.ceil(HIRING_WAVE_SHARE * unit.share(9.0 * scale.factor(), 1));
    for (int i = 0; i < hiringWaveReps; i++) {
      int month = goLive - 2 + rng.nextInt(2);
      hireChain(rng, unit, SALES, Timeline.monthStartDay(month) + rng.nextInt(28));
    }
  }

  private static int monthIndexOf(long day) {
    int m = Timeline.monthOfDay(day);
    return day < Timeline.monthStartDay(0)
        ? -1 - (int) ((Timeline.monthStartDay(0) - day) / 30)
        : m;
  }

  boolean activeIn(User u, int month) {
    return u.hireMonth() <= month && month <= Math.min(u.leaveMonth(), Timeline.MONTHS - 1);
  }

  private int[][][] indexActive() {
    int[][][] index = new int[ROLES.length][Unit.ALL.size() * Timeline.MONTHS][];
    for (int role = 0; role < ROLES.length; role++) {
      for (Unit unit : Unit.ALL) {
        for (int m = 0; m < Timeline.MONTHS; m++) {
          final int r = role;
          final int month = m;
          index[role][unit.index() * Timeline.MONTHS + m] =
              users.stream()
                  .filter(u -> u.role() == r && u.unit() == unit.index() && activeIn(u, month))
                  .mapToInt(User::number)
                  .toArray();
        }
      }
    }
    return index;
  }

  private double[][] capacity() {
    double[][] cap = new double[Unit.ALL.size()][Timeline.MONTHS];
    for (User u : users) {
      if (u.role() != SALES) {
        continue;
      }
      for (int m = Math.max(0, u.hireMonth()); m < Timeline.MONTHS; m++) {
        if (activeIn(u, m)) {
          cap[u.unit()][m] += repRamp(m - u.hireMonth());
        }
      }
    }
    return cap;
  }
}
