package dev.crmroi.analytics.kpi;

import static dev.crmroi.analytics.kpi.KpiProps.DAY0;
import static dev.crmroi.analytics.kpi.KpiProps.Q1;
import static dev.crmroi.analytics.kpi.KpiProps.accountId;
import static dev.crmroi.analytics.kpi.KpiProps.expect;
import static dev.crmroi.analytics.kpi.KpiProps.inQ1;
import static dev.crmroi.analytics.kpi.KpiProps.region;

import dev.crmroi.analytics.kpi.KpiProps.Kind;
import dev.crmroi.analytics.kpi.KpiProps.Spend;
import dev.crmroi.analytics.kpi.KpiProps.Tally;
import dev.crmroi.analytics.kpi.KpiProps.User;
import dev.crmroi.core.kpi.Dimension;
import dev.crmroi.store.Store;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
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
 * The finance KPIs against plain Java over random opportunities, invoices, spend and CRM costs,
 * whole and by region or channel, in 2024-Q1 (gross margin 0.35, reporting currency EUR).
 */
class KpiEngineFinancePropertyTest {
  private static final double MARGIN = 0.35;
  private static Store store;
  private static KpiEngine engine;

  @BeforeContainer
  static void open() {
    store = TestStores.empty();
    engine = new KpiEngine(store, KpiRegistry.standard(), MARGIN);
    TestStores.execute(
        store,
        "DELETE FROM store_meta WHERE key = 'reporting_currency';"
            + " INSERT INTO store_meta VALUES ('reporting_currency', 'EUR');"
            + " DELETE FROM fx_rates; INSERT INTO fx_rates VALUES"
            + " (DATE '2023-06-01', 'USD', 2.0), (DATE '2024-02-15', 'USD', 3.0);");
  }

  @AfterContainer
  static void close() {
    store.close();
  }

  @BeforeTry
  void clear() {
    TestStores.execute(store, KpiProps.ALL_TABLES);
  }

  /** Account 6: none; owner u4 never imported; campaign 3 does not exist. */
  record Opp(
      String stage,
      int closedDay,
      Integer amount,
      Integer costOfSale,
      int account,
      int owner,
      Integer campaign) {
    LocalDate closed() {
      return DAY0.plusDays(closedDay);
    }

    boolean wonInQ1() {
      return stage.equals("won") && inQ1(closed());
    }

    String channel() {
      return KpiProps.channelSlice(campaign);
    }
  }

  @Provide
  Arbitrary<List<Opp>> opps() {
    return Combinators.combine(
            Arbitraries.of("won", "lost", "open"),
            Arbitraries.integers().between(0, 200),
            Arbitraries.integers().between(0, 10_000).injectNull(0.1),
            Arbitraries.integers().between(0, 8_000).injectNull(0.4),
            Arbitraries.integers().between(0, 6),
            Arbitraries.integers().between(0, 4),
            Arbitraries.integers().between(0, 3).injectNull(0.3))
        .as(Opp::new)
        .list()
        .ofMaxSize(20);
  }

  /** An invoice of account a0..a5; opportunity ≥ the number of opportunities does not exist. */
  record Invoice(int day, int amount, Integer cost, int account, Integer opportunity) {
    LocalDate issued() {
      return DAY0.plusDays(day);
    }
  }

  @Provide
  Arbitrary<List<Invoice>> invoices() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 200),
            Arbitraries.integers().between(0, 10_000),
            Arbitraries.integers().between(0, 8_000).injectNull(0.5),
            Arbitraries.integers().between(0, 5),
            Arbitraries.integers().between(0, 25).injectNull(0.3))
        .as(Invoice::new)
        .list()
        .ofMaxSize(15)
        .injectDuplicates(0)
        .edgeCases(e -> e.add(List.of()));
  }

  @Provide
  Arbitrary<List<User>> users() {
    return KpiProps.users();
  }

  private static void loadOpps(List<Opp> opps) {
    KpiProps.insertAccounts(store);
    KpiProps.insertCampaigns(store);
    for (int i = 0; i < opps.size(); i++) {
      Opp o = opps.get(i);
      KpiProps.insert(
          store,
          "INSERT INTO opportunities (opportunity_id, created_at, account_id, owner_id, stage,"
              + " closed_at, amount, amount_rc, cost_of_sale, cost_of_sale_rc, campaign_id)"
              + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
          "o" + i,
          o.closed().minusDays(20).atTime(9, 0),
          accountId(o.account()),
          "u" + o.owner(),
          o.stage(),
          o.stage().equals("open") ? null : o.closed().atTime(10, 0),
          o.amount(),
          o.amount(),
          o.costOfSale(),
          o.costOfSale(),
          o.campaign() == null ? null : "c" + o.campaign());
    }
  }

  @Property(tries = 25)
  void profitKpis_matchPlainJava(
      @ForAll("opps") List<Opp> opps,
      @ForAll("invoices") List<Invoice> invoices,
      @ForAll("users") List<User> users) {
    loadOpps(opps);
    KpiProps.insertUsers(store, users);
    for (int i = 0; i < invoices.size(); i++) {
      Invoice v = invoices.get(i);
      KpiProps.insert(
          store,
          "INSERT INTO invoices (invoice_id, account_id, issued_on, amount, amount_rc, cost,"
              + " cost_rc, opportunity_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
          "i" + i,
          accountId(v.account()),
          v.issued(),
          v.amount(),
          v.amount(),
          v.cost(),
          v.cost(),
          v.opportunity() == null ? null : "o" + v.opportunity());
    }
    Tally profit = new Tally();
    if (!invoices.isEmpty()) {
      for (Invoice v : invoices) {
        if (!inQ1(v.issued())) {
          continue;
        }
        Opp o =
            v.opportunity() != null && v.opportunity() < opps.size()
                ? opps.get(v.opportunity())
                : null;
        double cost;
        if (v.cost() != null) {
          cost = v.cost();
        } else if (o != null && o.costOfSale() != null && o.amount() != null && o.amount() != 0) {
          cost = (double) o.costOfSale() * v.amount() / o.amount();
        } else {
          cost = v.amount() * (1 - MARGIN);
        }
        int owner = o == null ? 9 : o.owner();
        profit.add(region(users, v.account(), owner), v.amount() - cost, v.amount());
      }
    } else {
      for (Opp o : opps) {
        if (o.wonInQ1()) {
          double amount = o.amount() == null ? 0 : o.amount();
          double cost = o.costOfSale() != null ? o.costOfSale() : amount * (1 - MARGIN);
          profit.add(region(users, o.account(), o.owner()), amount - cost, amount);
        }
      }
    }
    boolean imported = !invoices.isEmpty() || !opps.isEmpty();
    expect(engine, "gross_profit", Kind.SUM, imported, profit, Dimension.REGION);
    expect(engine, "profit_margin", Kind.RATIO, imported, profit, Dimension.REGION);
  }

  @Provide
  Arbitrary<List<Spend>> spend() {
    return KpiProps.spend();
  }

  @Property(tries = 25)
  void cac_matchesPlainJava(@ForAll("opps") List<Opp> opps, @ForAll("spend") List<Spend> spend) {
    loadOpps(opps);
    KpiProps.insertSpend(store, spend);
    Tally cac = new Tally();
    for (Spend s : spend) {
      if (s.category().equals("other")) {
        continue;
      }
      LocalDate from = s.start().isAfter(Q1.start()) ? s.start() : Q1.start();
      LocalDate to = s.end().isBefore(Q1.end()) ? s.end() : Q1.end();
      long overlap = ChronoUnit.DAYS.between(from, to) + 1;
      if (overlap > 0) {
        cac.add(s.channel(), (double) s.amount() * overlap / s.days(), 0);
      }
    }
    // the first won opportunity of each account, by close time then opportunity id
    Map<Integer, Integer> first = new TreeMap<>();
    for (int i = 0; i < opps.size(); i++) {
      Opp o = opps.get(i);
      if (!o.stage().equals("won") || o.account() >= 6) {
        continue;
      }
      Integer f = first.get(o.account());
      if (f == null
          || o.closed().isBefore(opps.get(f).closed())
          || (o.closed().equals(opps.get(f).closed()) && ("o" + i).compareTo("o" + f) < 0)) {
        first.put(o.account(), i);
      }
    }
    first.values().stream()
        .map(opps::get)
        .filter(o -> inQ1(o.closed()))
        .forEach(o -> cac.add(o.channel(), 0, 1));
    expect(engine, "cac", Kind.RATIO, !spend.isEmpty() && !opps.isEmpty(), cac, Dimension.CHANNEL);
  }

  /** A ledger row; currency 0: none, 1: EUR (reporting), 2: USD (converted at the fx rate). */
  record Cost(int day, int amount, int currency, String recurrence, Integer endDays) {
    LocalDate incurred() {
      return DAY0.plusDays(day);
    }

    LocalDate endOn() {
      return endDays == null ? null : incurred().plusDays(endDays);
    }

    String currencyCode() {
      return switch (currency) {
        case 1 -> "EUR";
        case 2 -> "USD";
        default -> null;
      };
    }

    int step() {
      return switch (recurrence == null ? "" : recurrence) {
        case "monthly" -> 1;
        case "quarterly" -> 3;
        case "annual" -> 12;
        default -> 0;
      };
    }
  }

  @Provide
  Arbitrary<List<Cost>> costs() {
    return Combinators.combine(
            Arbitraries.integers().between(-400, 200),
            Arbitraries.integers().between(0, 5_000),
            Arbitraries.integers().between(0, 2),
            Arbitraries.of("monthly", "quarterly", "annual").injectNull(0.3),
            Arbitraries.integers().between(0, 400).injectNull(0.5))
        .as(Cost::new)
        .list()
        .ofMaxSize(8);
  }

  @Property(tries = 25)
  void tco_matchesPlainJava(@ForAll("costs") List<Cost> costs) {
    for (int i = 0; i < costs.size(); i++) {
      Cost c = costs.get(i);
      KpiProps.insert(
          store,
          "INSERT INTO crm_costs (cost_id, category, amount, incurred_on, currency, recurrence,"
              + " end_on) VALUES (?, 'licence', ?, ?, ?, ?, ?)",
          "k" + i,
          c.amount(),
          c.incurred(),
          c.currencyCode(),
          c.recurrence(),
          c.endOn());
    }
    Tally tco = new Tally();
    for (Cost c : costs) {
      LocalDate last = c.endOn() == null || c.endOn().isAfter(Q1.end()) ? Q1.end() : c.endOn();
      int step = c.step();
      for (int k = 0; ; k++) {
        LocalDate on = c.incurred().plusMonths((long) k * step);
        if (on.isAfter(last) || (step == 0 && k > 0)) {
          break;
        }
        if (inQ1(on)) {
          double rate = c.currency() != 2 ? 1 : on.isBefore(LocalDate.of(2024, 2, 15)) ? 2 : 3;
          tco.add(Dimension.ALL, c.amount() * rate, 0);
        }
      }
    }
    expect(engine, "tco", Kind.SUM, !costs.isEmpty(), tco, Dimension.NONE);
  }
}
