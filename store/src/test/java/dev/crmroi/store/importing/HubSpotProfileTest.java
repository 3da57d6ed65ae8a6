package dev.crmroi.store.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A small HubSpot export directory, named the way HubSpot names its export files. */
class HubSpotProfileTest {
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

  private ImportReport importHubSpot() {
    return fx.importWith("hubspot", List.of(dir.toString()));
  }

  @Test
  void companiesContactsDeals_hubspotHeaders_loadCanonicalRows() {
    fx.write(
        "hubspot-crm-exports-all-companies-2024-03-31.csv",
        "Record ID,Company name,Industry,Country/Region,Create Date",
        "9001,Acme GmbH,RETAIL,Germany,2023-05-02 09:15");
    fx.write(
        "hubspot-crm-exports-all-contacts-2024-03-31.csv",
        "Record ID,First Name,Last Name,Email,Create Date,Associated Company IDs (Primary)",
        "501,Ada,Lovelace,ada@acme.example,2023-06-01 10:00,9001");
    fx.write(
        "hubspot-crm-exports-all-deals-2024-03-31.csv",
        "Record ID,Deal Name,Deal Stage,Close Date,Create Date,Amount,Deal Type,"
            + "Associated Company IDs (Primary)",
        "7001,Acme pilot,closedwon,2024-03-28 17:45,2024-01-10 08:00,1500,newbusiness,9001",
        "7002,Acme expansion,Closed Lost,2024-03-29 12:00,2024-02-01 08:00,900,"
            + "Existing Business,9001",
        "7003,Acme renewal,Contract Sent,2024-06-30 00:00,2024-03-01 08:00,2000,Renewal,9001",
        "7004,Acme extras,appointmentscheduled,2024-07-01 00:00,2024-03-02 08:00,,,9001");

    importHubSpot();

    assertThat(fx.rows("SELECT account_id, name, region, created_at::VARCHAR FROM accounts"))
        .containsExactly(List.of("9001", "Acme GmbH", "Germany", "2023-05-02 09:15:00"));
    assertThat(fx.rows("SELECT contact_id, account_id, email FROM contacts"))
        .containsExactly(List.of("501", "9001", "ada@acme.example"));
    assertThat(
            fx.rows(
                "SELECT opportunity_id, account_id, stage, type, closed_at::VARCHAR, amount,"
                    + " currency FROM opportunities ORDER BY 1"))
        .containsExactly(
            List.of("7001", "9001", "won", "new", "2024-03-28 17:45:00", "1500.0000", "USD"),
            List.of("7002", "9001", "lost", "upsell", "2024-03-29 12:00:00", "900.0000", "USD"),
            Arrays.asList("7003", "9001", "open", "renewal", null, "2000.0000", "USD"),
            Arrays.asList("7004", "9001", "open", null, null, null, "USD"));
    assertThat(fx.count("import_rejects")).isZero();
  }

  @Test
  void activities_hubspotTypes_mappedAndUnknownTypeRejectedWithReason() {
    fx.write(
        "hubspot-crm-exports-all-activities-2024-03-31.csv",
        "Record ID,Activity type,Activity date,Associated Contact IDs (Primary),"
            + "Associated Deal IDs (Primary),Call outcome",
        "3001,CALL,2024-03-04 10:30,501,7001,Connected",
        "3002,INCOMING_EMAIL,2024-03-05 11:00,501,,",
        "3003,Meeting,03/06/2024 14:00,501,7001,",
        "3004,NOTE,2024-03-07 09:00,,,",
        "3005,Chat,2024-03-08 09:00,501,,");

    importHubSpot();

    assertThat(
            fx.rows(
                "SELECT activity_id, type, occurred_at::VARCHAR, contact_id, opportunity_id,"
                    + " outcome FROM activities ORDER BY 1"))
        .containsExactly(
            List.of("3001", "call", "2024-03-04 10:30:00", "501", "7001", "Connected"),
            Arrays.asList("3002", "email", "2024-03-05 11:00:00", "501", null, null),
            Arrays.asList("3003", "meeting", "2024-03-06 14:00:00", "501", "7001", null),
            Arrays.asList("3004", "note", "2024-03-07 09:00:00", null, null, null));
    assertThat(fx.rows("SELECT record_key, column_name, value, reason FROM import_rejects"))
        .containsExactly(
            List.of(
                "3005",
                "type",
                "Chat",
                "type 'Chat' is not one of call, email, meeting, task, quote, note"));
  }

  @Test
  void tickets_ticketIdAndCloseDate_loadCanonicalRows() {
    fx.write(
        "hubspot-crm-exports-all-tickets-2024-03-31.csv",
        "Ticket ID,Ticket name,Ticket status,Create date,Close date,Priority,Source,"
            + "Associated Contact IDs (Primary)",
        "4001,Login broken,Closed,2024-03-01 08:00,2024-03-01 15:30,HIGH,EMAIL,501",
        "4002,Invoice question,New,2024-03-02 09:00,,LOW,CHAT,501");

    importHubSpot();

    assertThat(
            fx.rows(
                "SELECT ticket_id, opened_at::VARCHAR, closed_at::VARCHAR, priority, channel,"
                    + " contact_id FROM tickets ORDER BY 1"))
        .containsExactly(
            List.of("4001", "2024-03-01 08:00:00", "2024-03-01 15:30:00", "HIGH", "EMAIL", "501"),
            Arrays.asList("4002", "2024-03-02 09:00:00", null, "LOW", "CHAT", "501"));
  }
}
