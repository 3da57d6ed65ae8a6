package dev.crmroi.analytics.quality;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmroi.core.config.CrmRoiConfig.DuckDbSettings;
import dev.crmroi.store.SqlResource;
import dev.crmroi.store.Store;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each validity and consistency rule against a fixture with one good and one bad record. */
class QualityRulesTest {
  private static Store store;
  private static QualityReport report;

  @BeforeAll
  static void audit() {
    store = Store.inMemory(new DuckDbSettings("256MB", 1));
    new Sql(store.connection())
        .execute(SqlResource.text(QualityRulesTest.class, "rules_fixture.sql"));
    Clock today = Clock.fixed(Instant.parse("2025-06-30T12:00:00Z"), ZoneOffset.UTC);
    report = new QualityAudit(store, QualityWeights.defaults(), today).run();
  }

  @AfterAll
  static void close() {
    store.close();
  }

  @ParameterizedTest(name = "{0}.{1} {2}")
  @CsvSource({
    "users, left_on, left_before_hired, u-left-before-hired",
    "users, email, malformed_email, u-left-before-hired",
    "accounts, created_at, date_out_of_range, 'a-ancient,a-future'",
    "accounts, owner_id, orphan_reference, a-orphan-owner",
    "accounts, industry, missing_recommended, a-no-industry",
    "contacts, email, malformed_email, c-bad-email",
    "contacts, phone, malformed_phone, 'c-bad-phone,c-short-phone'",
    "campaigns, ended_on, ended_before_started, cmp-ended-before-started",
    "campaigns, currency, unknown_currency, cmp-unknown-currency",
    "campaigns, cost, negative_amount, cmp-negative-cost",
    "opportunities, closed_at, closed_before_created, o-closed-before-created",
    "opportunities, amount, negative_amount, o-negative",
    "opportunities, amount, won_without_amount, o-won-no-amount",
    "opportunities, stage, stale_open, o-stale",
    "opportunities, stage, unknown_value, o-unknown-stage",
    "opportunities, account_id, orphan_reference, o-orphan-account",
    "tickets, first_response_at, first_response_before_opened, t-response-before-opened",
    "tickets, resolved_at, resolved_before_opened, t-resolved-before-opened",
    "tickets, resolved_at, closed_without_resolution, t-closed-no-resolution",
    "surveys, score, score_out_of_range, 's-ces-0,s-crm-user-9,s-csat-6,s-nps-11'",
    "subscriptions, ended_on, ended_before_started, sub-ended-before-started",
    "subscriptions, mrr, negative_amount, sub-negative",
    "activities, duration_min, negative_duration, act-negative",
  })
  void rule_badRecord_isTheOnlyOneFlagged(
      String table, String column, String kind, String expectedIds) {
    List<String> flagged =
        report.issues().stream()
            .filter(i -> i.table().equals(table) && i.column().equals(column))
            .filter(i -> i.kind().equals(kind))
            .flatMap(i -> i.examples().stream())
            .toList();
    assertThat(flagged).containsExactly(expectedIds.split(","));
  }

  @ParameterizedTest
  @CsvSource({"invoices, amount", "opportunities, closed_at"})
  void creditNotesAndOpenDeals_areNotInvalid(String table, String column) {
    assertThat(report.issues())
        .noneMatch(
            i ->
                i.table().equals(table)
                    && i.column().equals(column)
                    && (i.kind().equals("negative_amount")
                        || i.kind().equals("missing_recommended")));
  }
}
