package dev.crmroi.store.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A small Salesforce export: Data Loader files (API names, 18-character ids) and reports. */
class SalesforceProfileTest {
  @TempDir Path dir;
  ImportFixture fx;

  @BeforeEach
  void open() {
    fx = new ImportFixture(dir);
  }

  @AfterEach
  void close() {
    fx.close();
  }

  private ImportReport importSalesforce() {
    return fx.importWith("salesforce", List.of(dir.toString()));
  }

  @Test
  void opportunityReport_labelHeadersAndUsDates_mapStageTypeAndCurrency() {
    fx.write("fx_rates.csv", "on,currency,rate", "2024-01-01,EUR,1.10");
    fx.write(
        "Account.csv",
        "Id,Name,Industry,BillingCountry,CreatedDate,OwnerId",
        "001Ak00000AbCdEIAV,Acme,Retail,Germany,2023-05-02T09:15:00.000Z,005Ak00000Us001AAA");
    fx.write(
        "Opportunity.csv",
        "Opportunity ID,Account ID,Stage,Close Date,Created Date,Amount,Opportunity Currency,Type",
        "006Ak00000Op001,001Ak00000AbCdE,Closed Won,3/31/2024,1/5/2024,1200.50,EUR,New Business",
        "006Ak00000Op002,001Ak00000AbCdE,Closed Lost,4/2/2024,1/6/2024,800,USD,Existing Business",
        "006Ak00000Op003,001Ak00000AbCdE,Negotiation/Review,6/30/2024,2/1/2024,500,USD,Renewal",
        "006Ak00000Op004,001Ak00000AbCdE,Prospecting,7/1/2024,2/2/2024,,USD,");

    importSalesforce();

    assertThat(
            fx.rows(
                "SELECT opportunity_id, account_id, stage, type, created_at::DATE,"
                    + " closed_at::DATE, amount, currency FROM opportunities ORDER BY 1"))
        .containsExactly(
            List.of(
                "006Ak00000Op001",
                "001Ak00000AbCdE",
                "won",
                "new",
                "2024-01-05",
                "2024-03-31",
                "1200.5000",
                "EUR"),
            List.of(
                "006Ak00000Op002",
                "001Ak00000AbCdE",
                "lost",
                "upsell",
                "2024-01-06",
                "2024-04-02",
                "800.0000",
                "USD"),
            row("006Ak00000Op003", "open", "renewal", "2024-02-01", null, "500.0000"),
            row("006Ak00000Op004", "open", null, "2024-02-02", null, null));
    assertThat(fx.rows("SELECT account_id, name, region, owner_id FROM accounts"))
        .containsExactly(List.of("001Ak00000AbCdE", "Acme", "Germany", "005Ak00000Us001"));
    assertThat(fx.count("import_rejects")).isZero();
  }

  private static List<String> row(
      String id, String stage, String type, String created, String closed, String amount) {
    return Arrays.asList(id, "001Ak00000AbCdE", stage, type, created, closed, amount, "USD");
  }

  @Test
  void dataLoaderOpportunity_isoCloseDateOfOpenOpportunity_closedAtNull() {
    fx.write(
        "Opportunity.csv",
        "Id,AccountId,OwnerId,StageName,CloseDate,CreatedDate,Amount,IsWon,LeadSource",
        "006Ak00000Op001IAA,001Ak00000AbCdEIAV,005Ak00000Us001AAA,Closed Won,2024-03-31,"
            + "2024-01-05T10:00:00.000Z,100,true,Web",
        "006Ak00000Op002IAA,001Ak00000AbCdEIAV,005Ak00000Us001AAA,Qualification,2024-09-30,"
            + "2024-01-06T10:00:00.000+0000,100,false,Partner");

    importSalesforce();

    assertThat(
            fx.rows(
                "SELECT opportunity_id, owner_id, stage, closed_at::DATE, created_at::VARCHAR, source"
                    + " FROM opportunities ORDER BY 1"))
        .containsExactly(
            List.of(
                "006Ak00000Op001",
                "005Ak00000Us001",
                "won",
                "2024-03-31",
                "2024-01-05 10:00:00",
                "Web"),
            Arrays.asList(
                "006Ak00000Op002",
                "005Ak00000Us001",
                "open",
                null,
                "2024-01-06 10:00:00",
                "Partner"));
  }

  @Test
  void leadStatuses_salesforcePicklist_mappedAndUnknownRejectedWithReason() {
    fx.write(
        "Lead.csv",
        "Lead ID,Created Date,Lead Status,Lead Source,Converted Date",
        "00QAk00000Ld001,3/1/2024,Open - Not Contacted,Web,",
        "00QAk00000Ld002,3/2/2024,Working - Contacted,Web,",
        "00QAk00000Ld003,3/3/2024,Closed - Converted,Event,3/20/2024",
        "00QAk00000Ld004,3/4/2024,Closed - Not Converted,Web,",
        "00QAk00000Ld005,3/5/2024,Qualified,Web,",
        "00QAk00000Ld006,3/6/2024,Parked,Web,");

    importSalesforce();

    assertThat(fx.rows("SELECT lead_id, status FROM leads ORDER BY 1"))
        .containsExactly(
            List.of("00QAk00000Ld001", "open"),
            List.of("00QAk00000Ld002", "open"),
            List.of("00QAk00000Ld003", "converted"),
            List.of("00QAk00000Ld004", "disqualified"),
            List.of("00QAk00000Ld005", "qualified"));
    assertThat(fx.rows("SELECT record_key, column_name, reason FROM import_rejects"))
        .containsExactly(
            List.of(
                "00QAk00000Ld006",
                "status",
                "status 'Parked' is not one of open, qualified, converted, disqualified"));
  }

  @Test
  void tasksAndEvents_subtypesAndDates_becomeActivities() {
    fx.write(
        "Task.csv",
        "Id,TaskSubtype,Type,ActivityDate,CreatedDate,OwnerId,AccountId,CallDisposition",
        "00TAk00000Tk001AAA,Call,Call,2024-03-04,2024-03-01T08:00:00.000Z,005Ak00000Us001AAA,"
            + "001Ak00000AbCdEIAV,Reached",
        "00TAk00000Tk002AAA,Email,,,2024-03-02T09:30:00.000Z,005Ak00000Us001AAA,,",
        "00TAk00000Tk003AAA,ListEmail,,2024-03-05,2024-03-01T08:00:00.000Z,,,",
        "00TAk00000Tk004AAA,Task,Send Quote,2024-03-06,2024-03-01T08:00:00.000Z,,,");
    fx.write(
        "Event.csv",
        "Id,EventSubtype,Subject,ActivityDateTime,ActivityDate,DurationInMinutes,OwnerId",
        "00UAk00000Ev001AAA,Event,Demo,2024-03-07T14:00:00.000Z,2024-03-07,45,005Ak00000Us001AAA");

    importSalesforce();

    assertThat(
            fx.rows(
                "SELECT activity_id, type, occurred_at::VARCHAR, user_id, duration_min, outcome"
                    + " FROM activities ORDER BY 1"))
        .containsExactly(
            Arrays.asList(
                "00TAk00000Tk001",
                "call",
                "2024-03-04 00:00:00",
                "005Ak00000Us001",
                null,
                "Reached"),
            Arrays.asList(
                "00TAk00000Tk002", "email", "2024-03-02 09:30:00", "005Ak00000Us001", null, null),
            Arrays.asList("00TAk00000Tk003", "email", "2024-03-05 00:00:00", null, null, null),
            Arrays.asList("00TAk00000Tk004", "task", "2024-03-06 00:00:00", null, null, null),
            Arrays.asList(
                "00UAk00000Ev001",
                "meeting",
                "2024-03-07 14:00:00",
                "005Ak00000Us001",
                "45.0",
                null));
  }

  @Test
  void casesMembersUsersLogins_routedAndMapped() {
    fx.write(
        "User.csv",
        "Id,Name,Email,Department,IsActive",
        "005Ak00000Us001AAA,Dana Seller,dana@example.com,Inside Sales,true",
        "005Ak00000Us002AAA,Old Timer,old@example.com,Support,false");
    fx.write(
        "LoginHistory.csv",
        "Id,UserId,LoginTime,Status",
        "0YaAk00000Lg001AAA,005Ak00000Us001AAA,2024-03-01T08:00:00.000Z,Success");
    fx.write(
        "Case.csv",
        "Case ID,Date/Time Opened,Account ID,Case Origin,Case Type,Priority,Date/Time Closed",
        "500Ak00000Cs001,3/1/2024 9:05 AM,001Ak00000AbCdE,Phone,Problem,High,"
            + "\"3/2/2024, 4:30 PM\"");
    fx.write(
        "Campaign.csv",
        "Id,Name,Type,StartDate,EndDate,ActualCost",
        "701Ak00000Cp001AAA,Spring Webinar,Webinar,2024-03-01,2024-03-31,2500");
    fx.write(
        "CampaignMember.csv",
        "Id,CampaignId,ContactId,LeadId,CreatedDate",
        "00vAk00000Cm001AAA,701Ak00000Cp001AAA,003Ak00000Ct001AAA,,2024-03-02T10:00:00.000Z");

    importSalesforce();

    assertThat(fx.rows("SELECT user_id, name, team, licensed FROM users ORDER BY 1"))
        .containsExactly(
            List.of("005Ak00000Us001", "Dana Seller", "Inside Sales", "true"),
            List.of("005Ak00000Us002", "Old Timer", "Support", "false"));
    assertThat(fx.rows("SELECT user_id, \"at\"::VARCHAR FROM user_logins"))
        .containsExactly(List.of("005Ak00000Us001", "2024-03-01 08:00:00"));
    assertThat(
            fx.rows(
                "SELECT ticket_id, opened_at::VARCHAR, account_id, channel, category, priority,"
                    + " closed_at::VARCHAR"
                    + " FROM tickets"))
        .containsExactly(
            List.of(
                "500Ak00000Cs001",
                "2024-03-01 09:05:00",
                "001Ak00000AbCdE",
                "Phone",
                "Problem",
                "High",
                "2024-03-02 16:30:00"));
    assertThat(fx.rows("SELECT campaign_id, channel, cost FROM campaigns"))
        .containsExactly(List.of("701Ak00000Cp001", "Webinar", "2500.0000"));
    assertThat(fx.rows("SELECT touch_id, channel, campaign_id, contact_id, lead_id FROM touches"))
        .containsExactly(
            Arrays.asList(
                "00vAk00000Cm001", "campaign", "701Ak00000Cp001", "003Ak00000Ct001", null));
  }
}
