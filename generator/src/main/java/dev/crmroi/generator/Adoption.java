package dev.crmroi.generator;

import java.util.SplittableRandom;

/**
 * Writes the users, their CRM logins and their own ratings of the CRM. Logins exist only after the
 * user's unit went live (there was no CRM to log into before), and adoption climbs over the first
 * half year.
 */
final class Adoption {

  private static final String[] COMMENTS = {
    "Pipeline view saves me time",
    "Too many required fields on opportunities",
    "Mobile app is slow",
    "Dashboards are great for forecast calls",
    "Email sync works well",
    "Hard to find old tickets",
    "",
    "",
    ""
  };
  private static final String[] TEAMS = {"Sales", "Service", "Marketing", "Management", "IT"};
  private static final String COMPANY_DOMAIN = "@northwind-cloud.com";

  private final Workforce workforce;
  private final Randoms randoms;

  Adoption(Workforce workforce, Randoms randoms) {
    this.workforce = workforce;
    this.randoms = randoms;
  }

  /** The share of licensed users logging in on a working day, k months after go-live. */
  static double adoption(int monthsSinceGoLive) {
    return 0.35 + 0.55 * Math.min(1.0, monthsSinceGoLive / 6.0);
  }

  void write(Export export) {
    for (Workforce.User u : workforce.users()) {
      writeUser(export.users, u);
    }
    for (Workforce.User u : workforce.users()) {
      writeLogins(export, u);
    }
  }

  private void writeUser(CsvSink sink, Workforce.User u) {
    Unit unit = Unit.ALL.get(u.unit());
    sink.id(Export.USER, u.number())
        .text(u.first() + " " + u.last())
        .text(Names.emailLocal(u.first(), u.last()) + u.number() + COMPANY_DOMAIN)
        .text(Workforce.ROLES[u.role()])
        .text(unit.name() + " " + TEAMS[u.role()])
        .text(unit.name())
        .date(u.hiredDay());
    if (u.leftDay() == Long.MAX_VALUE) {
      sink.empty().bool(true);
    } else {
      sink.date(u.leftDay()).bool(false);
    }
    sink.endRow();
  }

  private void writeLogins(Export export, Workforce.User u) {
    Unit unit = Unit.ALL.get(u.unit());
    int from = Math.max(unit.goLiveIndex(), Math.max(0, u.hireMonth()));
    int to = Math.min(Timeline.MONTHS - 1, u.leaveMonth());
    for (int m = from; m <= to; m++) {
      SplittableRandom rng = randoms.cell(Streams.LOGINS, u.number(), m);
      double rate = adoption(m - unit.goLiveIndex());
      long first = Math.max(Timeline.monthStartDay(m), u.hiredDay());
      long last = Math.min(Timeline.monthStartDay(m + 1) - 1, u.leftDay());
      for (long day = first; day <= last; day++) {
        if (isWeekday(day) && rng.nextDouble() < rate) {
          login(export.userLogins, u, day * 86_400L + 27_000 + rng.nextInt(18_000));
          if (rng.nextDouble() < 0.3) {
            login(export.userLogins, u, day * 86_400L + 48_600 + rng.nextInt(14_400));
          }
        }
      }
      if (m % 3 == 2 && rng.nextDouble() < 0.35) {
        rateCrm(export, u, rng, m, m - unit.goLiveIndex());
      }
    }
  }

  private static void login(CsvSink sink, Workforce.User u, long at) {
    sink.id(Export.USER, u.number()).timestamp(at);
    sink.endRow();
  }

  private static void rateCrm(
      Export export, Workforce.User u, SplittableRandom rng, int month, int monthsLive) {
    double mean = 2.9 + 0.9 * Math.min(1.0, monthsLive / 9.0);
    long score = Math.max(1, Math.min(5, Math.round(mean + 0.8 * rng.nextGaussian())));
    long at = Timeline.monthStartSecond(month) + 86_400L * 20 + rng.nextInt(86_400 * 5);
    String comment = COMMENTS[rng.nextInt(COMMENTS.length)];
    export
        .surveys
        .id(Export.SURVEY, export.nextSurvey++)
        .text("crm_user")
        .number(score)
        .timestamp(at)
        .empty()
        .empty()
        .empty()
        .id(Export.USER, u.number())
        .text(comment.isEmpty() ? null : comment);
    export.surveys.endRow();
  }

  private static boolean isWeekday(long epochDay) {
    // 1970-01-01 was a Thursday: day 0 -> index 3 with Monday = 0.
    int dow = (int) Math.floorMod(epochDay + 3, 7);
    return dow < 5;
  }
}
