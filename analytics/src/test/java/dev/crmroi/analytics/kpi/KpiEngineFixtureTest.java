package dev.crmroi.analytics.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.crmroi.core.kpi.Dimension;
import dev.crmroi.core.kpi.KpiValue;
import dev.crmroi.core.kpi.Period;
import dev.crmroi.store.Store;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every implemented KPI against values worked out by hand on tiny_fixture.sql, period 2024-Q1
 * (2024-01-01..2024-03-31), gross margin 0.35.
 */
class KpiEngineFixtureTest {
  private static final Period Q1 = Period.parse("2024-Q1");
  private static Store store;
  private static KpiEngine engine;

  @BeforeAll
  static void load() {
    store = TestStores.withSql("tiny_fixture.sql");
    engine = new KpiEngine(store, KpiRegistry.standard(), 0.35);
  }

  @AfterAll
  static void close() {
    store.close();
  }

  // Worked values (Q1):
  // revenue_won: o1 1000 + o3 3000 = 4000; sales_growth: (4000 − o5 400) / 400 = 9
  // win_rate: o1 won, o2 lost, o3 won = 2/3; avg_deal_size 4000/2; cycle: o1 30 d, o3 20 d
  // pipeline at 2024-03-31: o4 open 2000 + o6 (closed 2024-04-05) 700; upsell: o3 3000
  // calls_to_sales: calls x1, x2 / won 2; activities_per_rep: x1..x3 / sales u1, u2 (u3 left)
  // activity_logging_rate: o1 (x1), o2 (x2), o3 (none) = 2/3
  // leads l1..l4: converted l1 = 1/4; first contact 2, 6, 10 h → median 6; campaign leads 1/3
  // marketing spend: sp1 910 + sp2 610 × 31/61 = 1220 → /4 leads = 305;
  // cac: (1220 + sales sp3 500) / new customers a1, a2 (a3's first win was 2023) = 860
  // customers active 2024-01-01: a1 (sub1), a2 (sub2), a3 (o5 within 12 months), a4 (sub4);
  // on 2024-03-31: a1, a2 (won o3), a3 → churn 1/4; active_customers 3
  // revenue_churn: ended sub2 200 + sub4 300 / start MRR 600; NRR: a1 150 / (100+200+300)
  // tickets resolved t1 8 h (same day), t2 48 h (reopened), t4 8 h (across midnight)
  // → mean 64/3, same day 1/3, handle (30+90)/2, reopen 1/3, per agent 3/1; opened t1..t3;
  // first response 0.5, 2, 1 h → median 1
  // csat 5, 3, 4 → 4; nps promoters n1 n2, detractor n4 of 4 → 25; crm_user 4, 2 → 3
  // adoption: licensed employed u1, u2, s1; logged in u1, u2 → 2/3; logins 3 / 2 users
  // gross profit (no invoices → won opportunities): o1 1000 − 600 + o3 3000 × 0.35 = 1450
  // tco: k1 5000 + k2 licence charges Jan 15, Feb 15, Mar 15 (3 × 100); k3 is in April = 5300
  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({
    "revenue_won, 4000",
    "sales_growth, 9",
    "win_rate, 0.6666666667",
    "avg_deal_size, 2000",
    "sales_cycle_days, 25",
    "pipeline_value, 2700",
    "upsell_cross_sell_revenue, 3000",
    "calls_to_sales, 1",
    "activities_per_rep, 1.5",
    "activity_logging_rate, 0.6666666667",
    "leads_created, 4",
    "lead_conversion_rate, 0.25",
    "time_to_first_contact_hours, 6",
    "campaign_conversion_rate, 0.3333333333",
    "cost_per_lead, 305",
    "cac, 860",
    "active_customers, 3",
    "churn_rate, 0.25",
    "retention_rate, 0.75",
    "revenue_churn, 0.8333333333",
    "net_revenue_retention, 0.25",
    "tickets_opened, 3",
    "tickets_resolved, 3",
    "avg_resolution_hours, 21.3333333333",
    "first_response_hours, 1",
    "same_day_resolution_rate, 0.3333333333",
    "avg_handle_time_min, 60",
    "cases_per_agent, 3",
    "reopen_rate, 0.3333333333",
    "csat, 4",
    "nps, 25",
    "crm_user_satisfaction, 3",
    "adoption_rate, 0.6666666667",
    "logins_per_user, 1.5",
    "gross_profit, 1450",
    "profit_margin, 0.3625",
    "tco, 5300"
  })
  void compute_tinyFixtureQ1_matchesHandComputedValue(String id, double expected) {
    List<KpiValue> values = engine.compute(id, Q1, Dimension.NONE);
    assertThat(values).hasSize(1);
    assertThat(values.get(0).reason()).isEmpty();
    assertThat(values.get(0).value().getAsDouble()).isCloseTo(expected, within(1e-9));
  }

  @Test
  void compute_everyImplementedKpi_isCoveredByTheTableAbove() {
    long implemented =
        KpiRegistry.standard().all().stream().filter(KpiDefinition::implemented).count();
    assertThat(implemented).isEqualTo(37);
  }

  @Test
  void winRate_byRegion_givesNumeratorDenominatorAndSingleRowSlice() {
    List<KpiValue> v = engine.compute("win_rate", Q1, Dimension.REGION);
    assertThat(v).extracting(KpiValue::slice).containsExactly("EMEA", "NA");
    assertThat(v.get(0).numerator().getAsDouble()).isEqualTo(1);
    assertThat(v.get(0).denominator().getAsDouble()).isEqualTo(2);
    assertThat(v.get(1).value().getAsDouble()).isEqualTo(1.0);
    assertThat(v.get(1).n()).isEqualTo(1);
  }

  @Test
  void salesCycle_q1_carriesMedianBesideMean() {
    KpiValue v = engine.compute("sales_cycle_days", Q1, Dimension.NONE).get(0);
    assertThat(v.extras()).containsEntry("median", 25.0);
    assertThat(v.n()).isEqualTo(2);
  }

  @Test
  void csat_q1_carriesShareOfFoursAndFives() {
    KpiValue v = engine.compute("csat", Q1, Dimension.NONE).get(0);
    assertThat(v.extras().get("share_4_or_5")).isCloseTo(2.0 / 3, within(1e-12));
  }

  @Test
  void winRate_emptyPeriod_isNotAvailableWithReason() {
    KpiValue v = engine.compute("win_rate", Period.parse("2022-Q1"), Dimension.NONE).get(0);
    assertThat(v.value()).isEmpty();
    assertThat(v.reason()).contains("no closed opportunities in 2022-Q1");
  }

  @Test
  void revenueWon_emptyPeriod_isZeroNotNotAvailable() {
    KpiValue v = engine.compute("revenue_won", Period.parse("2022-Q1"), Dimension.NONE).get(0);
    assertThat(v.value().getAsDouble()).isZero();
    assertThat(v.n()).isZero();
  }

  @Test
  void costPerLead_byChannel_spendWithoutLeadsIsZeroDenominator() {
    List<KpiValue> v = engine.compute("cost_per_lead", Q1, Dimension.CHANNEL);
    assertThat(v)
        .extracting(KpiValue::slice)
        .containsExactly("email", "referral", "unassigned", "web");
    assertThat(v.get(0).value().getAsDouble()).isCloseTo(455, within(1e-9));
    KpiValue unassigned = v.get(2);
    assertThat(unassigned.value()).isEmpty();
    assertThat(unassigned.reason()).contains("no leads created in 2024-Q1 for unassigned");
  }

  @Test
  void revenueWon_byRegion_accountWithoutRegionGoesToUnassigned() {
    List<KpiValue> v = engine.compute("revenue_won", Period.parse("2023-Q4"), Dimension.REGION);
    assertThat(v).extracting(KpiValue::slice).containsExactly("unassigned");
    assertThat(v.get(0).value().getAsDouble()).isEqualTo(400);
  }

  @Test
  void activitiesPerRep_byTeam_usesTheUsersTeam() {
    List<KpiValue> v = engine.compute("activities_per_rep", Q1, Dimension.TEAM);
    assertThat(v).extracting(KpiValue::slice).containsExactly("A", "B");
    assertThat(v).extracting(x -> x.value().getAsDouble()).containsExactly(2.0, 1.0);
  }

  @Test
  void adoptionRate_byProductLine_saysItCannotBeSliced() {
    KpiValue v = engine.compute("adoption_rate", Q1, Dimension.PRODUCT_LINE).get(0);
    assertThat(v.reason()).contains("adoption_rate cannot be sliced by product_line");
  }

  @Test
  void notYetKpi_isReportedWithItsReason() {
    KpiValue v = engine.compute("campaign_roi", Q1, Dimension.NONE).get(0);
    assertThat(v.value()).isEmpty();
    assertThat(v.reason()).hasValueSatisfying(r -> assertThat(r).contains("attribution"));
  }

  @Test
  void compare_previousQuarter_givesChangePerSlice() {
    var c = engine.compare("revenue_won", Q1, Q1.previous(), Dimension.NONE).get(0);
    assertThat(c.base().value().getAsDouble()).isEqualTo(400);
    assertThat(c.change().getAsDouble()).isEqualTo(3600);
    assertThat(c.relativeChange().getAsDouble()).isEqualTo(9);
  }

  @Test
  void monthlySeries_q1_hasOneValuePerMonth() {
    var series = engine.monthlySeries("revenue_won", Q1, Dimension.NONE);
    assertThat(series.keySet())
        .extracting(Period::toString)
        .containsExactly("2024-01", "2024-02", "2024-03");
    assertThat(series.values())
        .extracting(v -> v.get(0).value().getAsDouble())
        .containsExactly(1000.0, 0.0, 3000.0);
  }

  @Test
  void drill_winRateEmea_listsTheClosedOpportunitiesBehindIt() {
    KpiDrill d = engine.drill("win_rate", Q1, Dimension.REGION, "EMEA", 100);
    assertThat(d.records()).extracting(DrillRecord::id).containsExactly("o1", "o2");
    assertThat(d.records()).extracting(DrillRecord::numerator).containsExactly(1.0, 0.0);
    assertThat(d.value().value().getAsDouble()).isEqualTo(0.5);
    assertThat(d.truncated()).isFalse();
  }

  @Test
  void drill_limitBelowRecordCount_isMarkedTruncated() {
    KpiDrill d = engine.drill("leads_created", Q1, Dimension.NONE, "all", 2);
    assertThat(d.records()).hasSize(2);
    assertThat(d.truncated()).isTrue();
  }
}
