package dev.crmroi.analytics.roi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.crmroi.core.config.CrmRoiConfig.DuckDbSettings;
import dev.crmroi.core.config.CrmRoiConfig.UnitAttribute;
import dev.crmroi.store.Store;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class UnitMonthsTest {
  private static final YearMonth JAN = YearMonth.of(2024, 1);
  private static final YearMonth MAR = YearMonth.of(2024, 3);
  private Store store;

  /**
   * Two regions. Won deals: o1 EMEA Jan 1000 with cost 600 (GP 400); o2 NA Feb 2000 no cost (GP 700
   * at margin 0.35); o3 NA Feb 500 product line "pilot" (excluded when asked); o4 lost.
   * Subscriptions: s1 EMEA 100/month from 2023 ended 2024-02-10; s2 NA 50 from 2024-01-05. Tickets:
   * t1 EMEA Jan 30 min, t2 EMEA Jan untimed. Leads: l1 NA Jan converted, l2 NA Jan not, both
   * campaign c1; spend: c1 300 over 2024-01-01..2024-03-31 → 100 a month, all NA.
   */
  @BeforeEach
  void fixture() throws SQLException {
    store = Store.inMemory(new DuckDbSettings("256MB", 1));
    try (Statement s = store.connection().createStatement()) {
      s.execute(
          "INSERT INTO accounts (account_id, region) VALUES ('a1', 'EMEA'), ('a2', 'NA');"
              + "INSERT INTO users (user_id, role, region, hired_on, left_on) VALUES"
              + " ('u1', 'sales', 'EMEA', '2023-01-01', NULL),"
              + " ('u2', 'sales', 'NA', '2023-01-01', '2024-01-31');"
              + "INSERT INTO opportunities (opportunity_id, created_at, account_id, stage,"
              + " closed_at, amount, amount_rc, cost_of_sale_rc, product_line) VALUES"
              + " ('o1', '2023-12-01', 'a1', 'won', '2024-01-10', 1000, 1000, 600, NULL),"
              + " ('o2', '2023-12-01', 'a2', 'won', '2024-02-10', 2000, 2000, NULL, 'core'),"
              + " ('o3', '2023-12-01', 'a2', 'won', '2024-02-11', 500, 500, NULL, 'pilot'),"
              + " ('o4', '2023-12-01', 'a2', 'lost', '2024-02-12', 900, 900, NULL, NULL);"
              + "INSERT INTO subscriptions (subscription_id, account_id, started_on, mrr,"
              + " ended_on, mrr_rc) VALUES ('s1', 'a1', '2023-05-01', 100, '2024-02-10', 100),"
              + " ('s2', 'a2', '2024-01-05', 50, NULL, 50);"
              + "INSERT INTO tickets (ticket_id, opened_at, account_id, handle_time_min) VALUES"
              + " ('t1', '2024-01-03', 'a1', 30), ('t2', '2024-01-04', 'a1', NULL);"
              + "INSERT INTO leads (lead_id, created_at, account_id, campaign_id, status) VALUES"
              + " ('l1', '2024-01-05', 'a2', 'c1', 'converted'),"
              + " ('l2', '2024-01-06', 'a2', 'c1', 'open');"
              + "INSERT INTO spend (spend_id, category, period_start, period_end, amount,"
              + " campaign_id, amount_rc) VALUES"
              + " ('sp1', 'marketing', '2024-01-01', '2024-03-31', 273, 'c1', 273)");
    }
  }

  @AfterEach
  void close() {
    store.close();
  }

  private UnitMonth cell(List<UnitMonth> rows, String unit, YearMonth month) {
    return rows.stream()
        .filter(r -> r.unit().equals(unit) && r.month().equals(month))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void load_everyUnitHasEveryMonth() {
    List<UnitMonth> rows = months(List.of());

    assertThat(rows).hasSize(6);
    assertThat(rows).extracting(UnitMonth::unit).containsOnly("EMEA", "NA");
  }

  @Test
  void wonGrossProfit_usesCostOfSaleElseMargin_andLeavesOutExcludedLines() {
    List<UnitMonth> all = months(List.of());
    List<UnitMonth> excluded = months(List.of("pilot"));

    assertThat(cell(all, "EMEA", JAN).wonGrossProfit()).isCloseTo(400, within(1e-9));
    assertThat(cell(all, "NA", JAN.plusMonths(1)).wonGrossProfit()).isCloseTo(875, within(1e-9));
    assertThat(cell(excluded, "NA", JAN.plusMonths(1)).wonGrossProfit())
        .isCloseTo(700, within(1e-9));
    assertThat(cell(excluded, "NA", JAN.plusMonths(1)).wonDeals()).isEqualTo(1);
  }

  @Test
  void subscriptions_churnAndActiveMrrAtMonthEnd() {
    List<UnitMonth> rows = months(List.of());

    assertThat(cell(rows, "EMEA", JAN).activeMrr()).isCloseTo(100, within(1e-9));
    assertThat(cell(rows, "EMEA", JAN.plusMonths(1)).activeMrr()).isZero();
    assertThat(cell(rows, "EMEA", JAN.plusMonths(1)).churnedMrr()).isCloseTo(100, within(1e-9));
    assertThat(cell(rows, "NA", MAR).activeMrr()).isCloseTo(50, within(1e-9));
  }

  @Test
  void subscriptions_atRiskMrrCountsTheMonthOfChurnAndNotAfter() {
    List<UnitMonth> rows = months(List.of());

    assertThat(cell(rows, "EMEA", JAN).atRiskMrr()).isCloseTo(100, within(1e-9));
    assertThat(cell(rows, "EMEA", JAN.plusMonths(1)).atRiskMrr()).isCloseTo(100, within(1e-9));
    assertThat(cell(rows, "EMEA", JAN.plusMonths(1)).churnHazard()).isCloseTo(1, within(1e-9));
    assertThat(cell(rows, "EMEA", MAR).atRiskMrr()).isZero();
    assertThat(cell(rows, "NA", JAN).atRiskMrr()).isCloseTo(50, within(1e-9));
  }

  @Test
  void serviceLeadsRepsAndSpend_perUnitMonth() {
    List<UnitMonth> rows = months(List.of());
    UnitMonth emeaJan = cell(rows, "EMEA", JAN);
    UnitMonth naJan = cell(rows, "NA", JAN);

    assertThat(emeaJan.tickets()).isEqualTo(2);
    assertThat(emeaJan.handleMinutesPerTicket()).isCloseTo(30, within(1e-9));
    assertThat(naJan.conversionRate()).isCloseTo(0.5, within(1e-9));
    assertThat(naJan.salesReps()).isEqualTo(1);
    assertThat(cell(rows, "NA", MAR).salesReps()).isZero();
    assertThat(naJan.marketingSpend()).isCloseTo(93, within(1e-9));
    assertThat(rows.stream().mapToDouble(UnitMonth::marketingSpend).sum())
        .isCloseTo(273, within(1e-9));
  }

  @Test
  void salesCapacity_isTheCapacityThatCreatedTheMonthsCloses() {
    // Won deals close 1 month (o1) or 2 months (o2, o3) after their creation month: shares 1/3 and
    // 2/3. NA's only rep works in January and leaves on 31 January; months before the data
    // (2023) count as the month itself.
    List<UnitMonth> rows = months(List.of());

    assertThat(cell(rows, "NA", JAN).salesCapacity()).isCloseTo(1, within(1e-9));
    assertThat(cell(rows, "NA", JAN.plusMonths(1)).salesCapacity())
        .isCloseTo(1.0 / 3, within(1e-9));
    assertThat(cell(rows, "NA", MAR).salesCapacity()).isCloseTo(2.0 / 3, within(1e-9));
    assertThat(cell(rows, "EMEA", MAR).salesCapacity()).isCloseTo(1, within(1e-9));
  }

  private List<UnitMonth> months(List<String> excluded) {
    return new UnitMonths(store).load(UnitAttribute.ACCOUNT_REGION, JAN, MAR, 0.35, excluded, 4);
  }

  static double scalar(Store store, String sql) throws SQLException {
    try (Statement s = store.connection().createStatement();
        ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getDouble(1);
    }
  }
}
