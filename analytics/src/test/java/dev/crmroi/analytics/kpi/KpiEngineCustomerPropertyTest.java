package dev.crmroi.analytics.kpi;

import static dev.crmroi.analytics.kpi.KpiProps.DAY0;
import static dev.crmroi.analytics.kpi.KpiProps.Q1;
import static dev.crmroi.analytics.kpi.KpiProps.accountId;
import static dev.crmroi.analytics.kpi.KpiProps.accountRegion;
import static dev.crmroi.analytics.kpi.KpiProps.expect;

import dev.crmroi.analytics.kpi.KpiProps.Kind;
import dev.crmroi.analytics.kpi.KpiProps.Tally;
import dev.crmroi.core.kpi.Dimension;
import dev.crmroi.store.Store;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
 * The customer KPIs against plain Java over random subscriptions, won deals and invoices, whole and
 * by region, in 2024-Q1 (first day 2024-01-01, last day 2024-03-31).
 */
class KpiEngineCustomerPropertyTest {
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

  /** A subscription of account a0..a5 (a5 never imported); days may precede DAY0. */
  record Sub(int account, int startDay, Integer days, int mrr) {
    LocalDate start() {
      return DAY0.plusDays(startDay);
    }

    LocalDate end() {
      return days == null ? null : start().plusDays(days);
    }

    boolean runsOn(LocalDate day) {
      return !start().isAfter(day) && (end() == null || end().isAfter(day));
    }
  }

  @Provide
  Arbitrary<List<Sub>> subs() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 5),
            Arbitraries.integers().between(-300, 200),
            Arbitraries.integers().between(1, 300).injectNull(0.3),
            Arbitraries.integers().between(0, 1_000))
        .as(Sub::new)
        .list()
        .ofMaxSize(12);
  }

  /**
   * A dated event: a won, lost or open opportunity (account 6: none) or an invoice (account 0..5).
   */
  record Event(boolean invoice, String stage, int day, int account) {
    LocalDate date() {
      return DAY0.plusDays(day);
    }

    /** Evidence of activity for 12 months from its date: invoices and won deals with accounts. */
    boolean evidence() {
      return invoice || (stage.equals("won") && account < 6);
    }

    boolean activeOn(LocalDate d) {
      return evidence() && !date().isAfter(d) && date().plusMonths(12).isAfter(d);
    }
  }

  @Provide
  Arbitrary<List<Event>> events() {
    return Combinators.combine(
            Arbitraries.of(true, false),
            Arbitraries.of("won", "lost", "open"),
            Arbitraries.integers().between(-500, 200),
            Arbitraries.integers().between(0, 6))
        .as((inv, stage, day, acc) -> new Event(inv, stage, day, inv ? Math.min(acc, 5) : acc))
        .list()
        .ofMaxSize(12);
  }

  private static void load(List<Sub> subs, List<Event> events) {
    KpiProps.insertAccounts(store);
    for (int i = 0; i < subs.size(); i++) {
      Sub s = subs.get(i);
      KpiProps.insert(
          store,
          "INSERT INTO subscriptions (subscription_id, account_id, started_on, ended_on, mrr,"
              + " mrr_rc) VALUES (?, ?, ?, ?, ?, ?)",
          "s" + i,
          accountId(s.account()),
          s.start(),
          s.end(),
          s.mrr(),
          s.mrr());
    }
    for (int i = 0; i < events.size(); i++) {
      Event e = events.get(i);
      if (e.invoice()) {
        KpiProps.insert(
            store,
            "INSERT INTO invoices (invoice_id, account_id, issued_on, amount, amount_rc)"
                + " VALUES (?, ?, ?, 100, 100)",
            "i" + i,
            accountId(e.account()),
            e.date());
      } else {
        KpiProps.insert(
            store,
            "INSERT INTO opportunities (opportunity_id, created_at, account_id, stage, closed_at,"
                + " amount, amount_rc) VALUES (?, ?, ?, ?, ?, 100, 100)",
            "o" + i,
            e.date().minusDays(30).atTime(9, 0),
            accountId(e.account()),
            e.stage(),
            e.stage().equals("open") ? null : e.date().atTime(10, 0));
      }
    }
  }

  private static boolean active(int account, LocalDate day, List<Sub> subs, List<Event> events) {
    return subs.stream().anyMatch(s -> s.account() == account && s.runsOn(day))
        || events.stream().anyMatch(e -> e.account() == account && e.activeOn(day));
  }

  @Property(tries = 25)
  void activityKpis_matchPlainJava(
      @ForAll("subs") List<Sub> subs, @ForAll("events") List<Event> events) {
    load(subs, events);
    LocalDate first = Q1.start();
    LocalDate last = Q1.end();
    Tally activeCustomers = new Tally();
    Tally retention = new Tally();
    for (int a = 0; a < 6; a++) {
      boolean atStart = active(a, first, subs, events);
      boolean atEnd = active(a, last, subs, events);
      String slice = accountRegion(a);
      if (atEnd) {
        activeCustomers.add(slice, 1, 0);
      }
      if (atStart) {
        retention.add(slice, atEnd ? 1 : 0, 1);
      }
    }
    boolean imported = !subs.isEmpty() || !events.isEmpty();
    expect(engine, "active_customers", Kind.SUM, imported, activeCustomers, Dimension.REGION);
    expect(engine, "retention_rate", Kind.RATIO, imported, retention, Dimension.REGION);
  }

  @Property(tries = 25)
  void mrrKpis_matchPlainJava(
      @ForAll("subs") List<Sub> subs, @ForAll("events") List<Event> events) {
    load(subs, events);
    LocalDate first = Q1.start();
    LocalDate last = Q1.end();
    Tally churn = new Tally();
    Map<Integer, double[]> mrr = new TreeMap<>();
    for (Sub s : subs) {
      double[] m = mrr.computeIfAbsent(s.account(), k -> new double[2]);
      if (s.runsOn(first)) {
        m[0] += s.mrr();
        boolean ended = s.end() != null && s.end().isBefore(Q1.endExclusive());
        churn.add(accountRegion(s.account()), ended ? s.mrr() : 0, s.mrr());
      }
      if (s.runsOn(last)) {
        m[1] += s.mrr();
      }
    }
    Tally nrr = new Tally();
    mrr.forEach(
        (account, m) -> {
          if (m[0] > 0) {
            nrr.add(accountRegion(account), m[1], m[0]);
          }
        });
    boolean imported = !subs.isEmpty();
    expect(engine, "revenue_churn", Kind.RATIO, imported, churn, Dimension.REGION);
    expect(engine, "net_revenue_retention", Kind.RATIO, imported, nrr, Dimension.REGION);
  }
}
