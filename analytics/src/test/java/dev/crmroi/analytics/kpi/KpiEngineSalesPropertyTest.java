package dev.crmroi.analytics.kpi;

import static dev.crmroi.analytics.kpi.KpiProps.DAY0;
import static dev.crmroi.analytics.kpi.KpiProps.Q1;
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
import java.time.LocalDate;
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
 * The sales KPIs not covered by {@link KpiEnginePropertyTest} against plain Java over random
 * opportunities, activities and users, whole and by region, in 2024-Q1 (previous: 2023-Q4).
 */
class KpiEngineSalesPropertyTest {
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

  /** Account 6 means no account (the owner's region counts); owner 4 is never imported. */
  record Opp(
      String stage,
      String type,
      int createdDay,
      int cycleDays,
      int amount,
      int account,
      int owner) {
    LocalDate created() {
      return DAY0.plusDays(createdDay);
    }

    LocalDate closed() {
      return DAY0.plusDays(createdDay + cycleDays);
    }

    boolean closedInQ1() {
      return !stage.equals("open") && inQ1(closed());
    }
  }

  @Provide
  Arbitrary<List<Opp>> opps() {
    return Combinators.combine(
            Arbitraries.of("won", "lost", "open"),
            Arbitraries.of("new", "upsell", "cross_sell", "renewal").injectNull(0.2),
            Arbitraries.integers().between(0, 200),
            Arbitraries.integers().between(0, 90),
            Arbitraries.integers().between(0, 100_000),
            Arbitraries.integers().between(0, 6),
            Arbitraries.integers().between(0, 4))
        .as(Opp::new)
        .list()
        .ofMaxSize(30);
  }

  /** An activity; opportunity ≥ the number of opportunities names one that does not exist. */
  record Activity(String type, int hour, int user, int account, Integer opportunity) {
    LocalDateTime at() {
      return KpiProps.hour(hour);
    }
  }

  @Provide
  Arbitrary<List<Activity>> activities() {
    return Combinators.combine(
            Arbitraries.of("call", "email", "meeting"),
            Arbitraries.integers().between(0, 200 * 24),
            Arbitraries.integers().between(0, 4),
            Arbitraries.integers().between(0, 6),
            Arbitraries.integers().between(0, 35).injectNull(0.3))
        .as(Activity::new)
        .list()
        .ofMaxSize(30);
  }

  @Provide
  Arbitrary<List<User>> users() {
    return KpiProps.users();
  }

  private static void load(List<Opp> opps, List<Activity> acts, List<User> users) {
    KpiProps.insertAccounts(store);
    KpiProps.insertUsers(store, users);
    for (int i = 0; i < opps.size(); i++) {
      Opp o = opps.get(i);
      KpiProps.insert(
          store,
          "INSERT INTO opportunities (opportunity_id, created_at, account_id, owner_id, stage,"
              + " closed_at, type, amount, amount_rc) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
          "o" + i,
          o.created().atTime(10, 0),
          accountId(o.account()),
          "u" + o.owner(),
          o.stage(),
          o.stage().equals("open") ? null : o.closed().atTime(10, 0),
          o.type(),
          o.amount(),
          o.amount());
    }
    for (int i = 0; i < acts.size(); i++) {
      Activity a = acts.get(i);
      KpiProps.insert(
          store,
          "INSERT INTO activities (activity_id, type, occurred_at, user_id, account_id,"
              + " opportunity_id) VALUES (?, ?, ?, ?, ?, ?)",
          "x" + i,
          a.type(),
          a.at(),
          "u" + a.user(),
          accountId(a.account()),
          a.opportunity() == null ? null : "o" + a.opportunity());
    }
  }

  @Property(tries = 25)
  void opportunityKpis_matchPlainJava(
      @ForAll("opps") List<Opp> opps,
      @ForAll("activities") List<Activity> acts,
      @ForAll("users") List<User> users) {
    load(opps, acts, users);
    boolean haveOpps = !opps.isEmpty();
    Tally upsell = new Tally();
    Tally pipeline = new Tally();
    Tally growth = new Tally();
    Tally logging = new Tally();
    for (int i = 0; i < opps.size(); i++) {
      Opp o = opps.get(i);
      String slice = region(users, o.account(), o.owner());
      boolean won = o.stage().equals("won");
      if (won && o.closedInQ1() && ("upsell".equals(o.type()) || "cross_sell".equals(o.type()))) {
        upsell.add(slice, o.amount(), 0);
      }
      boolean createdBeforeEnd = o.created().isBefore(Q1.endExclusive());
      boolean openAtEnd = o.stage().equals("open") || !o.closed().isBefore(Q1.endExclusive());
      if (createdBeforeEnd && openAtEnd) {
        pipeline.add(slice, o.amount(), 0);
      }
      if (won && o.closedInQ1()) {
        growth.add(slice, o.amount(), 0);
      } else if (won && inPrevious(o.closed())) {
        growth.add(slice, -o.amount(), o.amount());
      }
      if (o.closedInQ1()) {
        String id = "o" + i;
        boolean logged =
            acts.stream()
                .anyMatch(a -> a.opportunity() != null && id.equals("o" + a.opportunity()));
        logging.add(slice, logged ? 1 : 0, 1);
      }
    }
    expect(engine, "upsell_cross_sell_revenue", Kind.SUM, haveOpps, upsell, Dimension.REGION);
    expect(engine, "pipeline_value", Kind.SUM, haveOpps, pipeline, Dimension.REGION);
    expect(engine, "sales_growth", Kind.RATIO, haveOpps, growth, Dimension.REGION);
    expect(engine, "activity_logging_rate", Kind.RATIO, haveOpps, logging, Dimension.REGION);
  }

  @Property(tries = 25)
  void activityKpis_matchPlainJava(
      @ForAll("opps") List<Opp> opps,
      @ForAll("activities") List<Activity> acts,
      @ForAll("users") List<User> users) {
    load(opps, acts, users);
    Tally calls = new Tally();
    Tally perRep = new Tally();
    for (Activity a : acts) {
      if (!inQ1(a.at())) {
        continue;
      }
      if (a.type().equals("call")) {
        calls.add(region(users, a.account(), a.user()), 1, 0);
      }
      // activities_per_rep counts an activity for its user, whatever account it names
      perRep.add(userRegion(users, a.user()), 1, 0);
    }
    for (Opp o : opps) {
      if (o.stage().equals("won") && o.closedInQ1()) {
        calls.add(region(users, o.account(), o.owner()), 0, 1);
      }
    }
    for (int i = 0; i < users.size(); i++) {
      User u = users.get(i);
      if (u.role().equals("sales") && u.employedInQ1()) {
        perRep.add(u.regionName(), 0, 1);
      }
    }
    boolean haveActs = !acts.isEmpty();
    expect(
        engine, "calls_to_sales", Kind.RATIO, haveActs && !opps.isEmpty(), calls, Dimension.REGION);
    expect(engine, "activities_per_rep", Kind.RATIO, haveActs, perRep, Dimension.REGION);
  }

  private static boolean inPrevious(LocalDate day) {
    return !day.isBefore(Q1.previous().start()) && !day.isAfter(Q1.previous().end());
  }
}
