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
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
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
 * The marketing KPIs not covered by {@link KpiEnginePropertyTest} against plain Java over random
 * leads, campaigns and spend, whole, by region and by channel, in 2024-Q1.
 */
class KpiEngineMarketingPropertyTest {
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

  record Lead(
      int hour,
      String source,
      Integer campaign,
      int account,
      String status,
      Integer contactMin,
      boolean convertedAt,
      Integer opportunity) {
    LocalDateTime created() {
      return KpiProps.hour(hour);
    }

    /** The owner u0..u4 (u4 never imported), taken from the hour to stay within 8 generators. */
    int owner() {
      return hour % 5;
    }

    String channel() {
      String c = KpiProps.campaignChannel(campaign);
      String ch = c != null ? c : source;
      return ch == null ? Dimension.UNASSIGNED : ch;
    }
  }

  @Provide
  Arbitrary<List<Lead>> leads() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 200 * 24),
            Arbitraries.of("referral", "web").injectNull(0.3),
            Arbitraries.integers().between(0, 3).injectNull(0.3),
            Arbitraries.integers().between(0, 6),
            Arbitraries.of("open", "converted", "disqualified"),
            Arbitraries.integers().between(0, 96 * 60).injectNull(0.3),
            Arbitraries.of(true, false),
            Arbitraries.integers().between(0, 5).injectNull(0.6))
        .as(Lead::new)
        .list()
        .ofMaxSize(30);
  }

  @Provide
  Arbitrary<List<Spend>> spend() {
    return KpiProps.spend();
  }

  @Provide
  Arbitrary<List<User>> users() {
    return KpiProps.users();
  }

  @Property(tries = 25)
  void leadKpis_matchPlainJava(
      @ForAll("leads") List<Lead> leads,
      @ForAll("users") List<User> users,
      @ForAll("spend") List<Spend> spend) {
    KpiProps.insertAccounts(store);
    KpiProps.insertUsers(store, users);
    KpiProps.insertCampaigns(store);
    // opportunities o0..o2 exist; leads may name o3..o5, which do not
    for (int i = 0; i < 3; i++) {
      KpiProps.insert(
          store,
          "INSERT INTO opportunities (opportunity_id, created_at, stage) VALUES (?, ?, 'open')",
          "o" + i,
          DAY0.atStartOfDay());
    }
    for (int i = 0; i < leads.size(); i++) {
      Lead l = leads.get(i);
      KpiProps.insert(
          store,
          "INSERT INTO leads (lead_id, created_at, source, campaign_id, account_id, owner_id,"
              + " status, first_contact_at, converted_at, opportunity_id)"
              + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
          "l" + i,
          l.created(),
          l.source(),
          l.campaign() == null ? null : "c" + l.campaign(),
          accountId(l.account()),
          "u" + l.owner(),
          l.status(),
          l.contactMin() == null ? null : l.created().plusMinutes(l.contactMin()),
          l.convertedAt() ? l.created().plusDays(3) : null,
          l.opportunity() == null ? null : "o" + l.opportunity());
    }
    KpiProps.insertSpend(store, spend);
    Tally created = new Tally();
    Tally contact = new Tally();
    Tally campaign = new Tally();
    Tally costPerLead = new Tally();
    for (Lead l : leads) {
      if (!inQ1(l.created())) {
        continue;
      }
      String slice = region(users, l.account(), l.owner());
      created.add(slice, 1, 0);
      if (l.contactMin() != null) {
        contact.observe(slice, l.contactMin() / 60.0);
      }
      if (l.campaign() != null) {
        boolean converted =
            l.status().equals("converted")
                || l.convertedAt()
                || (l.opportunity() != null && l.opportunity() < 3);
        campaign.add(slice, converted ? 1 : 0, 1);
      }
      costPerLead.add(l.channel(), 0, 1);
    }
    for (Spend s : spend) {
      if (!s.category().equals("marketing")) {
        continue;
      }
      LocalDate from = s.start().isAfter(Q1.start()) ? s.start() : Q1.start();
      LocalDate to =
          s.end().plusDays(1).isBefore(Q1.endExclusive()) ? s.end().plusDays(1) : Q1.endExclusive();
      if (from.isBefore(to)) {
        costPerLead.add(
            s.channel(), s.amount() * (double) ChronoUnit.DAYS.between(from, to) / s.days(), 0);
      }
    }
    boolean have = !leads.isEmpty();
    expect(engine, "leads_created", Kind.SUM, have, created, Dimension.REGION);
    expect(engine, "time_to_first_contact_hours", Kind.MEDIAN, have, contact, Dimension.REGION);
    expect(engine, "campaign_conversion_rate", Kind.RATIO, have, campaign, Dimension.REGION);
    expect(
        engine,
        "cost_per_lead",
        Kind.RATIO,
        have && !spend.isEmpty(),
        costPerLead,
        Dimension.CHANNEL);
  }
}
