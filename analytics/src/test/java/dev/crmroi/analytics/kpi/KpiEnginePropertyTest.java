package dev.crmroi.analytics.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.crmroi.core.kpi.Dimension;
import dev.crmroi.core.kpi.KpiValue;
import dev.crmroi.core.kpi.Period;
import dev.crmroi.store.Store;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.lifecycle.BeforeTry;

/**
 * The engine against an independent plain-Java computation of the same definitions over randomly
 * generated canonical rows, for the period 2024-Q1 (rows fall inside and outside it).
 */
class KpiEnginePropertyTest {
  private static final Period Q1 = Period.parse("2024-Q1");
  private static final LocalDate DAY0 = LocalDate.of(2023, 10, 1);
  private static final List<String> REGIONS = List.of("EMEA", "NA", "APAC");
  private static Store store;
  private static KpiEngine engine;

  @BeforeContainer
  static void open() {
    store = TestStores.empty();
    engine = new KpiEngine(store, KpiRegistry.standard(), 0.35);
  }

  @AfterContainer
  static void close() {
    store.close();
  }

  @BeforeTry
  void clear() {
    TestStores.execute(
        store,
        "DELETE FROM opportunities; DELETE FROM accounts; DELETE FROM leads; DELETE FROM tickets;"
            + " DELETE FROM surveys; DELETE FROM subscriptions; DELETE FROM users;"
            + " DELETE FROM user_logins;");
  }

  record Opp(String stage, int createdDay, int cycleDays, int amount, int account) {}

  @Provide
  Arbitrary<List<Opp>> opps() {
    return Combinators.combine(
            Arbitraries.of("won", "lost", "open"),
            Arbitraries.integers().between(0, 200),
            Arbitraries.integers().between(0, 90),
            Arbitraries.integers().between(0, 100_000),
            Arbitraries.integers().between(0, 5))
        .as(Opp::new)
        .list()
        .ofMaxSize(40);
  }

  @Property(tries = 40)
  void salesKpis_randomOpportunities_matchPlainJava(@ForAll("opps") List<Opp> opps) {
    insertAccounts();
    for (int i = 0; i < opps.size(); i++) {
      Opp o = opps.get(i);
      LocalDate closed = DAY0.plusDays(o.createdDay() + o.cycleDays());
      insert(
          "INSERT INTO opportunities (opportunity_id, created_at, account_id, stage, closed_at,"
              + " amount, amount_rc) VALUES (?, ?, ?, ?, ?, ?, ?)",
          "o" + i,
          DAY0.plusDays(o.createdDay()).atStartOfDay(),
          "a" + o.account(),
          o.stage(),
          o.stage().equals("open") ? null : closed.atStartOfDay(),
          o.amount(),
          o.amount());
    }
    List<Opp> closedInQ1 =
        opps.stream()
            .filter(o -> !o.stage().equals("open"))
            .filter(o -> inQ1(DAY0.plusDays(o.createdDay() + o.cycleDays())))
            .toList();
    for (String region : List.of("EMEA", "NA", "APAC", "unassigned")) {
      List<Opp> closed =
          closedInQ1.stream().filter(o -> regionOf(o.account()).equals(region)).toList();
      List<Opp> won = closed.stream().filter(o -> o.stage().equals("won")).toList();
      double revenue = won.stream().mapToDouble(Opp::amount).sum();
      expect("win_rate", region, closed.isEmpty() ? null : (double) won.size() / closed.size());
      expect("revenue_won", region, won.isEmpty() ? null : revenue);
      expect("avg_deal_size", region, won.isEmpty() ? null : revenue / won.size());
      expect(
          "sales_cycle_days",
          region,
          won.isEmpty() ? null : won.stream().mapToDouble(Opp::cycleDays).average().orElseThrow());
    }
  }

  record Lead(int createdDay, boolean converted) {}

  @Property(tries = 30)
  void leadConversion_randomLeads_matchesPlainJava(@ForAll("leads") List<Lead> leads) {
    for (int i = 0; i < leads.size(); i++) {
      Lead l = leads.get(i);
      insert(
          "INSERT INTO leads (lead_id, created_at, status) VALUES (?, ?, ?)",
          "l" + i,
          DAY0.plusDays(l.createdDay()).atTime(9, 0),
          l.converted() ? "converted" : "open");
    }
    List<Lead> cohort = leads.stream().filter(l -> inQ1(DAY0.plusDays(l.createdDay()))).toList();
    expectAll(
        "lead_conversion_rate",
        cohort.isEmpty()
            ? null
            : cohort.stream().filter(Lead::converted).count() / (double) cohort.size());
  }

  @Provide
  Arbitrary<List<Lead>> leads() {
    return Combinators.combine(Arbitraries.integers().between(0, 200), Arbitraries.of(true, false))
        .as(Lead::new)
        .list()
        .ofMaxSize(40);
  }

  record Ticket(int openedHour, int hoursToResolve) {}

  @Property(tries = 30)
  void serviceKpis_randomTickets_matchPlainJava(@ForAll("tickets") List<Ticket> tickets) {
    for (int i = 0; i < tickets.size(); i++) {
      Ticket t = tickets.get(i);
      LocalDateTime opened = DAY0.atStartOfDay().plusHours(t.openedHour());
      insert(
          "INSERT INTO tickets (ticket_id, opened_at, resolved_at) VALUES (?, ?, ?)",
          "t" + i,
          opened,
          opened.plusHours(t.hoursToResolve()));
    }
    List<Ticket> resolved =
        tickets.stream().filter(t -> inQ1(resolvedAt(t).toLocalDate())).toList();
    expectAll(
        "avg_resolution_hours",
        resolved.isEmpty()
            ? null
            : resolved.stream().mapToDouble(Ticket::hoursToResolve).average().orElseThrow());
    expectAll(
        "same_day_resolution_rate",
        resolved.isEmpty()
            ? null
            : resolved.stream()
                    .filter(t -> resolvedAt(t).toLocalDate().equals(openedAt(t).toLocalDate()))
                    .count()
                / (double) resolved.size());
  }

  @Provide
  Arbitrary<List<Ticket>> tickets() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 200 * 24), Arbitraries.integers().between(0, 72))
        .as(Ticket::new)
        .list()
        .ofMaxSize(40);
  }

  record Survey(String kind, int score, int day) {}

  @Property(tries = 30)
  void surveyKpis_randomSurveys_matchPlainJava(@ForAll("surveys") List<Survey> surveys) {
    for (int i = 0; i < surveys.size(); i++) {
      Survey s = surveys.get(i);
      insert(
          "INSERT INTO surveys (survey_id, kind, score, answered_at) VALUES (?, ?, ?, ?)",
          "s" + i,
          s.kind(),
          (double) s.score(),
          DAY0.plusDays(s.day()).atStartOfDay());
    }
    List<Survey> inQ1 = surveys.stream().filter(s -> inQ1(DAY0.plusDays(s.day()))).toList();
    List<Survey> csat = inQ1.stream().filter(s -> s.kind().equals("csat")).toList();
    List<Survey> nps = inQ1.stream().filter(s -> s.kind().equals("nps")).toList();
    expectAll(
        "csat",
        csat.isEmpty() ? null : csat.stream().mapToDouble(Survey::score).average().orElseThrow());
    expectAll(
        "nps",
        nps.isEmpty()
            ? null
            : 100.0
                * (nps.stream().filter(s -> s.score() >= 9).count()
                    - nps.stream().filter(s -> s.score() <= 6).count())
                / nps.size());
  }

  @Provide
  Arbitrary<List<Survey>> surveys() {
    return Arbitraries.of("csat", "nps")
        .flatMap(
            kind ->
                Combinators.combine(
                        Arbitraries.integers()
                            .between(kind.equals("csat") ? 1 : 0, kind.equals("csat") ? 5 : 10),
                        Arbitraries.integers().between(0, 200))
                    .as((score, day) -> new Survey(kind, score, day)))
        .list()
        .ofMaxSize(40);
  }

  record Sub(int startDay, int lengthDays, boolean ends) {}

  @Property(tries = 30)
  void churn_randomSubscriptions_matchesPlainJava(@ForAll("subs") List<Sub> subs) {
    for (int i = 0; i < subs.size(); i++) {
      Sub s = subs.get(i);
      insert(
          "INSERT INTO subscriptions (subscription_id, account_id, started_on, mrr, mrr_rc,"
              + " ended_on) VALUES (?, ?, ?, 10, 10, ?)",
          "s" + i,
          "c" + i,
          DAY0.plusDays(s.startDay()),
          s.ends() ? DAY0.plusDays(s.startDay() + s.lengthDays()) : null);
    }
    LocalDate first = Q1.start();
    LocalDate last = Q1.end();
    List<Sub> atStart = subs.stream().filter(s -> activeOn(s, first)).toList();
    expectAll(
        "churn_rate",
        atStart.isEmpty()
            ? null
            : atStart.stream().filter(s -> !activeOn(s, last)).count() / (double) atStart.size());
  }

  @Provide
  Arbitrary<List<Sub>> subs() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 200),
            Arbitraries.integers().between(1, 200),
            Arbitraries.of(true, false))
        .as(Sub::new)
        .list()
        .ofMinSize(1)
        .ofMaxSize(40);
  }

  record User(boolean licensed, List<Integer> loginDays) {}

  @Property(tries = 30)
  void adoption_randomUsersAndLogins_matchesPlainJava(@ForAll("users") List<User> users) {
    for (int i = 0; i < users.size(); i++) {
      User u = users.get(i);
      insert("INSERT INTO users (user_id, licensed) VALUES (?, ?)", "u" + i, u.licensed());
      for (int day : u.loginDays()) {
        insert(
            "INSERT INTO user_logins (user_id, \"at\") VALUES (?, ?)",
            "u" + i,
            DAY0.plusDays(day).atTime(8, 0));
      }
    }
    List<User> licensed = users.stream().filter(User::licensed).toList();
    expectAll(
        "adoption_rate",
        licensed.isEmpty()
            ? null
            : licensed.stream()
                    .filter(u -> u.loginDays().stream().anyMatch(d -> inQ1(DAY0.plusDays(d))))
                    .count()
                / (double) licensed.size());
  }

  @Provide
  Arbitrary<List<User>> users() {
    return Combinators.combine(
            Arbitraries.of(true, false), Arbitraries.integers().between(0, 200).list().ofMaxSize(4))
        .as(User::new)
        .list()
        .ofMinSize(1)
        .ofMaxSize(20);
  }

  private static boolean activeOn(Sub s, LocalDate day) {
    LocalDate start = DAY0.plusDays(s.startDay());
    return !start.isAfter(day)
        && (!s.ends() || DAY0.plusDays(s.startDay() + s.lengthDays()).isAfter(day));
  }

  private static LocalDateTime openedAt(Ticket t) {
    return DAY0.atStartOfDay().plusHours(t.openedHour());
  }

  private static LocalDateTime resolvedAt(Ticket t) {
    return openedAt(t).plusHours(t.hoursToResolve());
  }

  private static boolean inQ1(LocalDate day) {
    return !day.isBefore(Q1.start()) && !day.isAfter(Q1.end());
  }

  /** Accounts a0..a4 in EMEA, NA, APAC, EMEA and no region; a5 is never imported. */
  private static void insertAccounts() {
    for (int i = 0; i < 5; i++) {
      insert(
          "INSERT INTO accounts (account_id, region) VALUES (?, ?)",
          "a" + i,
          i == 4 ? null : REGIONS.get(i % 3));
    }
  }

  private static String regionOf(int account) {
    return account >= 4 ? "unassigned" : REGIONS.get(account % 3);
  }

  private static void expectAll(String id, Double expected) {
    KpiValue v = engine.compute(id, Q1, Dimension.NONE).get(0);
    check(id, v, expected);
  }

  private static void expect(String id, String slice, Double expected) {
    Map<String, KpiValue> bySlice =
        engine.compute(id, Q1, Dimension.REGION).stream()
            .collect(Collectors.toMap(KpiValue::slice, v -> v));
    KpiValue v = bySlice.get(slice);
    if (v == null) {
      assertThat(expected).as(id + " " + slice + " has no records").isNull();
      return;
    }
    check(id + " " + slice, v, expected);
  }

  private static void check(String what, KpiValue v, Double expected) {
    if (expected == null) {
      assertThat(v.value()).as(what).isEmpty();
      assertThat(v.reason()).as(what).isPresent();
    } else {
      assertThat(v.value()).as(what).isPresent();
      assertThat(v.value().getAsDouble()).as(what).isCloseTo(expected, within(1e-9));
    }
  }

  private static void insert(String sql, Object... values) {
    try (PreparedStatement s = store.connection().prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        s.setObject(i + 1, values[i]);
      }
      s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }
}
