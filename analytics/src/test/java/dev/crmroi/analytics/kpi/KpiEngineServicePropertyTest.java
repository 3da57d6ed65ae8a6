package dev.crmroi.analytics.kpi;

import static dev.crmroi.analytics.kpi.KpiProps.accountId;
import static dev.crmroi.analytics.kpi.KpiProps.expect;
import static dev.crmroi.analytics.kpi.KpiProps.inQ1;
import static dev.crmroi.analytics.kpi.KpiProps.region;
import static dev.crmroi.analytics.kpi.KpiProps.userRegion;

import dev.crmroi.analytics.kpi.KpiProps.Kind;
import dev.crmroi.analytics.kpi.KpiProps.Tally;
import dev.crmroi.analytics.kpi.KpiProps.User;
import dev.crmroi.core.kpi.Dimension;
import dev.crmroi.store.Store;
import java.time.LocalDateTime;
import java.util.List;
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
 * The service and adoption KPIs not covered by {@link KpiEnginePropertyTest} against plain Java
 * over random tickets, users, logins and surveys, whole and by region, in 2024-Q1.
 */
class KpiEngineServicePropertyTest {
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
    TestStores.execute(store, KpiProps.ALL_TABLES);
  }

  /** Account 6 means none (the agent's region counts); agent 4 is never imported. */
  record Ticket(
      int openedHour,
      Integer resolveMin,
      Integer responseMin,
      Integer handleMin,
      Boolean reopened,
      int account,
      int agent) {
    LocalDateTime opened() {
      return KpiProps.hour(openedHour);
    }

    LocalDateTime resolved() {
      return resolveMin == null ? null : opened().plusMinutes(resolveMin);
    }

    boolean resolvedInQ1() {
      return resolveMin != null && inQ1(resolved());
    }
  }

  @Provide
  Arbitrary<List<Ticket>> tickets() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 200 * 24),
            Arbitraries.integers().between(0, 72 * 60).injectNull(0.2),
            Arbitraries.integers().between(0, 48 * 60).injectNull(0.3),
            Arbitraries.integers().between(0, 240).injectNull(0.3),
            Arbitraries.of(true, false).injectNull(0.2),
            Arbitraries.integers().between(0, 6),
            Arbitraries.integers().between(0, 4))
        .as(Ticket::new)
        .list()
        .ofMaxSize(30);
  }

  @Provide
  Arbitrary<List<User>> users() {
    return KpiProps.users();
  }

  private static void load(List<Ticket> tickets, List<User> users) {
    KpiProps.insertAccounts(store);
    KpiProps.insertUsers(store, users);
    for (int i = 0; i < tickets.size(); i++) {
      Ticket t = tickets.get(i);
      KpiProps.insert(
          store,
          "INSERT INTO tickets (ticket_id, opened_at, account_id, agent_id, channel,"
              + " first_response_at, resolved_at, handle_time_min, reopened)"
              + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
          "t" + i,
          t.opened(),
          accountId(t.account()),
          "u" + t.agent(),
          i % 2 == 0 ? "phone" : "email",
          t.responseMin() == null ? null : t.opened().plusMinutes(t.responseMin()),
          t.resolved(),
          t.handleMin() == null ? null : t.handleMin().doubleValue(),
          t.reopened());
    }
  }

  @Property(tries = 25)
  void ticketKpis_matchPlainJava(
      @ForAll("tickets") List<Ticket> tickets, @ForAll("users") List<User> users) {
    load(tickets, users);
    Tally opened = new Tally();
    Tally resolved = new Tally();
    Tally response = new Tally();
    Tally handle = new Tally();
    Tally reopen = new Tally();
    Tally perAgent = new Tally();
    for (Ticket t : tickets) {
      String slice = region(users, t.account(), t.agent());
      if (inQ1(t.opened())) {
        opened.add(slice, 1, 0);
        if (t.responseMin() != null) {
          response.observe(slice, t.responseMin() / 60.0);
        }
      }
      if (t.resolvedInQ1()) {
        resolved.add(slice, 1, 0);
        if (t.handleMin() != null) {
          handle.add(slice, t.handleMin(), 1);
        }
        reopen.add(slice, Boolean.TRUE.equals(t.reopened()) ? 1 : 0, 1);
        // cases_per_agent slices a ticket by its agent only
        perAgent.add(userRegion(users, t.agent()), 1, 0);
      }
    }
    for (User u : users) {
      if (u.role().equals("service") && u.employedInQ1()) {
        perAgent.add(u.regionName(), 0, 1);
      }
    }
    boolean have = !tickets.isEmpty();
    expect(engine, "tickets_opened", Kind.SUM, have, opened, Dimension.REGION);
    expect(engine, "tickets_resolved", Kind.SUM, have, resolved, Dimension.REGION);
    expect(engine, "first_response_hours", Kind.MEDIAN, have, response, Dimension.REGION);
    expect(engine, "avg_handle_time_min", Kind.RATIO, have, handle, Dimension.REGION);
    expect(engine, "reopen_rate", Kind.RATIO, have, reopen, Dimension.REGION);
    expect(engine, "cases_per_agent", Kind.RATIO, have, perAgent, Dimension.REGION);
  }

  /** A survey; user 4 is never imported, a ticket past the list does not exist. */
  record Survey(String kind, int score, int hour, Integer user, Integer ticket) {}

  @Provide
  Arbitrary<List<Survey>> surveys() {
    return Combinators.combine(
            Arbitraries.of("crm_user", "crm_user", "csat"),
            Arbitraries.integers().between(1, 5),
            Arbitraries.integers().between(0, 200 * 24),
            Arbitraries.integers().between(0, 4).injectNull(0.4),
            Arbitraries.integers().between(0, 35).injectNull(0.3))
        .as(Survey::new)
        .list()
        .ofMaxSize(25);
  }

  /** Logins of user {@code user} (4 is never imported), in hours since day 0. */
  record Logins(int user, List<Integer> hours) {}

  @Provide
  Arbitrary<List<Logins>> logins() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 4),
            Arbitraries.integers().between(0, 200 * 24).list().ofMaxSize(5))
        .as(Logins::new)
        .list()
        .ofMaxSize(6);
  }

  @Property(tries = 25)
  void adoptionKpis_matchPlainJava(
      @ForAll("tickets") List<Ticket> tickets,
      @ForAll("users") List<User> users,
      @ForAll("surveys") List<Survey> surveys,
      @ForAll("logins") List<Logins> logins) {
    load(tickets, users);
    for (int i = 0; i < surveys.size(); i++) {
      Survey s = surveys.get(i);
      KpiProps.insert(
          store,
          "INSERT INTO surveys (survey_id, kind, score, answered_at, user_id, ticket_id)"
              + " VALUES (?, ?, ?, ?, ?, ?)",
          "s" + i,
          s.kind(),
          (double) s.score(),
          KpiProps.hour(s.hour()),
          s.user() == null ? null : "u" + s.user(),
          s.ticket() == null ? null : "t" + s.ticket());
    }
    for (Logins l : logins) {
      for (int h : l.hours()) {
        KpiProps.insert(
            store,
            "INSERT INTO user_logins (user_id, \"at\") VALUES (?, ?)",
            "u" + l.user(),
            KpiProps.hour(h));
      }
    }
    Tally satisfaction = new Tally();
    for (Survey s : surveys) {
      if (s.kind().equals("crm_user") && inQ1(KpiProps.hour(s.hour()))) {
        Integer who = s.user();
        if (who == null && s.ticket() != null && s.ticket() < tickets.size()) {
          who = tickets.get(s.ticket()).agent();
        }
        satisfaction.add(who == null ? Dimension.UNASSIGNED : userRegion(users, who), s.score(), 1);
      }
    }
    Tally perUser = new Tally();
    for (int u = 0; u <= 4; u++) {
      int user = u;
      long n =
          logins.stream()
              .filter(l -> l.user() == user)
              .flatMap(l -> l.hours().stream())
              .filter(h -> inQ1(KpiProps.hour(h)))
              .count();
      if (n > 0) {
        perUser.add(userRegion(users, user), n, 1);
      }
    }
    expect(
        engine,
        "crm_user_satisfaction",
        Kind.RATIO,
        !surveys.isEmpty(),
        satisfaction,
        Dimension.REGION);
    expect(
        engine,
        "logins_per_user",
        Kind.RATIO,
        logins.stream().anyMatch(l -> !l.hours().isEmpty()),
        perUser,
        Dimension.REGION);
  }
}
