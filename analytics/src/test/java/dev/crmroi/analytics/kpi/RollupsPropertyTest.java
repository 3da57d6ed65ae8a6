package dev.crmroi.analytics.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmroi.core.kpi.Dimension;
import dev.crmroi.core.kpi.Period;
import dev.crmroi.store.Store;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.lifecycle.BeforeTry;

/**
 * Rollups against the raw rows over random records of every table a rolled-up KPI reads, dated in
 * 2023–2024, for random periods of whole months and every dimension.
 */
class RollupsPropertyTest {
  private static final LocalDate DAY0 = LocalDate.of(2023, 1, 1);
  private static final String[] REGIONS = {"EMEA", "NA", "APAC"};
  private static Store store;

  @BeforeContainer
  static void open() {
    store = TestStores.empty();
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
            + " DELETE FROM surveys; DELETE FROM users; DELETE FROM activities;"
            + " DELETE FROM spend; DELETE FROM invoices; DELETE FROM crm_costs;"
            + " DELETE FROM campaigns;");
    StringBuilder sql = new StringBuilder();
    for (int i = 0; i < 6; i++) {
      String region = REGIONS[i % 3];
      sql.append(
          ("INSERT INTO accounts (account_id, region, segment, owner_id) VALUES ('a%d', '%s',"
                  + " '%s', 'u%d');")
              .formatted(i, region, i % 2 == 0 ? "SMB" : "ENT", i % 4));
      sql.append(
          "INSERT INTO users (user_id, role, team, region) VALUES ('u%d', '%s', 'T%d', '%s');"
              .formatted(i, i % 2 == 0 ? "sales" : "service", i % 2, region));
    }
    sql.append(
        "INSERT INTO campaigns (campaign_id, channel) VALUES ('c0', 'web'), ('c1', 'email');");
    // Marketing spend over both years, so the rollups span every period asked for.
    sql.append(
        "INSERT INTO spend (spend_id, category, period_start, period_end, amount, amount_rc)"
            + " VALUES ('anchor', 'marketing', DATE '2023-01-01', DATE '2024-12-31', 7300, 7300);");
    TestStores.execute(store, sql.toString());
  }

  /** One random record: {@code kind} picks the table, the rest fill its columns. */
  record Fact(int kind, int day, int length, int amount, int who, boolean flag) {}

  @Provide
  Arbitrary<List<Fact>> facts() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 9),
            Arbitraries.integers().between(0, 729),
            Arbitraries.integers().between(0, 120),
            Arbitraries.integers().between(0, 50_000),
            Arbitraries.integers().between(0, 6),
            Arbitraries.of(true, false))
        .as(Fact::new)
        .list()
        .ofMaxSize(60);
  }

  @Property(tries = 12)
  void compute_randomRecordsAndWholeMonths_equalsRawRows(
      @ForAll("facts") List<Fact> facts,
      @ForAll @IntRange(min = 0, max = 23) int startMonth,
      @ForAll @IntRange(min = 1, max = 12) int months) {
    StringBuilder sql = new StringBuilder("SELECT 1;");
    for (int i = 0; i < facts.size(); i++) {
      sql.append(insert(i, facts.get(i)));
    }
    TestStores.execute(store, sql.toString());
    Rollups.refresh(store, KpiRegistry.standard(), 0.4);
    KpiEngine engine = new KpiEngine(store, KpiRegistry.standard(), 0.4);
    YearMonth first = YearMonth.from(DAY0).plusMonths(startMonth);
    YearMonth last = first.plusMonths(Math.min(months, 24 - startMonth) - 1);
    Period p = Period.range(first.atDay(1), last.atEndOfMonth());
    for (String id : Rollups.KPIS) {
      KpiDefinition def = engine.registry().get(id);
      for (Dimension by : Dimension.values()) {
        if (def.slicesBy(by)) {
          SameValues.assertSame(
              id + " by " + by.key() + " in " + p,
              engine.compute(id, p, by),
              engine.withoutRollups().compute(id, p, by));
        }
      }
    }
    assertThat(engine.readsRollups("revenue_won", p)).as("reads rollups").isTrue();
  }

  private static String insert(int i, Fact f) {
    LocalDate day = DAY0.plusDays(f.day());
    String at = "TIMESTAMP '" + day + " 10:00:00' + INTERVAL " + f.who() + " HOUR";
    String later = "TIMESTAMP '" + day.plusDays(f.length()) + " 09:00:00'";
    String account = f.who() == 6 ? "NULL" : "'a" + f.who() + "'";
    String user = "'u" + (f.who() % 6) + "'";
    String campaign = f.flag() ? "'c" + (f.who() % 2) + "'" : "NULL";
    String stage = f.amount() % 3 == 0 ? "lost" : f.amount() % 3 == 1 ? "won" : "open";
    return switch (f.kind()) {
      case 0, 1 ->
          ("INSERT INTO opportunities (opportunity_id, created_at, account_id, owner_id, stage,"
                  + " closed_at, type, amount_rc, cost_of_sale_rc, product_line, campaign_id) VALUES"
                  + " ('o%d', %s, %s, %s, '%s', %s, '%s', %d, %s, 'P%d', %s);")
              .formatted(
                  i,
                  at,
                  account,
                  user,
                  stage,
                  stage.equals("open") ? "NULL" : later,
                  f.flag() ? "upsell" : "new",
                  f.amount(),
                  f.flag() ? "NULL" : Integer.toString(f.amount() / 3),
                  f.who() % 2,
                  campaign);
      case 2 ->
          ("INSERT INTO leads (lead_id, created_at, source, campaign_id, account_id, owner_id,"
                  + " status) VALUES ('l%d', %s, 'web', %s, %s, %s, '%s');")
              .formatted(i, at, campaign, account, user, f.flag() ? "converted" : "open");
      case 3 ->
          ("INSERT INTO tickets (ticket_id, opened_at, account_id, agent_id, channel,"
                  + " resolved_at, handle_time_min, reopened) VALUES ('t%d', %s, %s, %s, 'phone',"
                  + " %s, %s, %s);")
              .formatted(
                  i,
                  at,
                  account,
                  user,
                  f.length() % 3 == 0 ? at : later,
                  f.flag() ? Integer.toString(f.amount() % 90) : "NULL",
                  f.flag());
      case 4 ->
          ("INSERT INTO surveys (survey_id, kind, score, answered_at, account_id, user_id) VALUES"
                  + " ('s%d', '%s', %d, %s, %s, %s);")
              .formatted(
                  i,
                  List.of("csat", "nps", "crm_user").get(f.length() % 3),
                  f.length() % 3 == 1 ? f.amount() % 11 : 1 + f.amount() % 5,
                  at,
                  account,
                  user);
      case 5 ->
          ("INSERT INTO spend (spend_id, category, period_start, period_end, amount, amount_rc,"
                  + " campaign_id) VALUES ('p%d', '%s', DATE '%s', DATE '%s', %d, %d, %s);")
              .formatted(
                  i,
                  f.flag() ? "marketing" : "sales",
                  day,
                  day.plusDays(f.length()),
                  f.amount(),
                  f.amount(),
                  campaign);
      case 6, 7 ->
          ("INSERT INTO activities (activity_id, type, occurred_at, user_id, account_id,"
                  + " opportunity_id) VALUES ('x%d', '%s', %s, %s, %s, 'o%d');")
              .formatted(i, f.flag() ? "call" : "email", at, user, account, f.length() % 20);
      case 8 ->
          ("INSERT INTO invoices (invoice_id, account_id, issued_on, amount, amount_rc, cost_rc)"
                  + " VALUES ('i%d', %s, DATE '%s', %d, %d, %s);")
              .formatted(
                  i,
                  f.who() == 6 ? "'a0'" : account,
                  day,
                  f.amount(),
                  f.amount(),
                  f.flag() ? "NULL" : Integer.toString(f.amount() / 2));
      default ->
          ("INSERT INTO crm_costs (cost_id, category, amount, incurred_on, recurrence, end_on)"
                  + " VALUES ('k%d', 'licences', %d, DATE '%s', %s, %s);")
              .formatted(
                  i,
                  f.amount(),
                  day,
                  f.flag() ? "'monthly'" : "NULL",
                  f.length() % 2 == 0 ? "NULL" : "DATE '" + day.plusDays(f.length() * 3) + "'");
    };
  }
}
