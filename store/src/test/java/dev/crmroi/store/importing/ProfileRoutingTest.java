package dev.crmroi.store.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which table each export file of the built-in profiles goes to. */
class ProfileRoutingTest {
  @TempDir Path dir;

  private Map<String, String> route(String profile, String... names) {
    for (String name : names) {
      write(name);
    }
    SourceResolver.Resolution r =
        new SourceResolver(new ProfileLoader().load(profile)).resolve(List.of(dir.toString()));
    Map<String, String> tables = new LinkedHashMap<>();
    r.files().forEach(f -> tables.put(f.path().getFileName().toString(), f.table()));
    r.skipped().forEach(p -> tables.put(p.getFileName().toString(), "skipped"));
    return tables;
  }

  private Path write(String name) {
    try {
      return Files.writeString(dir.resolve(name), "Id\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void salesforceExport_similarObjectNames_eachFileToItsOwnTable() {
    Map<String, String> tables =
        route(
            "salesforce",
            "Campaign.csv",
            "CampaignMember.csv",
            "User.csv",
            "UserRole.csv",
            "LoginHistory.csv",
            "Opportunity.csv",
            "OpportunityLineItem.csv",
            "OpportunityHistory.csv",
            "Task.csv",
            "Event.csv",
            "Case.csv",
            "CaseComment.csv",
            "Account.csv",
            "AccountContactRelation.csv",
            "Contact.csv",
            "LEAD.CSV");

    assertThat(tables)
        .containsOnly(
            Map.entry("Campaign.csv", "campaigns"),
            Map.entry("CampaignMember.csv", "touches"),
            Map.entry("User.csv", "users"),
            Map.entry("UserRole.csv", "skipped"),
            Map.entry("LoginHistory.csv", "user_logins"),
            Map.entry("Opportunity.csv", "opportunities"),
            Map.entry("OpportunityLineItem.csv", "skipped"),
            Map.entry("OpportunityHistory.csv", "skipped"),
            Map.entry("Task.csv", "activities"),
            Map.entry("Event.csv", "activities"),
            Map.entry("Case.csv", "tickets"),
            Map.entry("CaseComment.csv", "skipped"),
            Map.entry("Account.csv", "accounts"),
            Map.entry("AccountContactRelation.csv", "skipped"),
            Map.entry("Contact.csv", "contacts"),
            Map.entry("LEAD.CSV", "leads"));
  }

  @Test
  void hubspotExport_exportFileNames_eachFileToItsOwnTable() {
    Map<String, String> tables =
        route(
            "hubspot",
            "hubspot-crm-exports-all-companies-2024-03-31.csv",
            "hubspot-crm-exports-all-contacts-2024-03-31.csv",
            "hubspot-crm-exports-all-deals-2024-03-31.csv",
            "hubspot-crm-exports-all-tickets-2024-03-31.csv",
            "hubspot-crm-exports-all-activities-2024-03-31.csv",
            "fx_rates.csv",
            "README.txt");

    assertThat(tables)
        .containsOnly(
            Map.entry("hubspot-crm-exports-all-companies-2024-03-31.csv", "accounts"),
            Map.entry("hubspot-crm-exports-all-contacts-2024-03-31.csv", "contacts"),
            Map.entry("hubspot-crm-exports-all-deals-2024-03-31.csv", "opportunities"),
            Map.entry("hubspot-crm-exports-all-tickets-2024-03-31.csv", "tickets"),
            Map.entry("hubspot-crm-exports-all-activities-2024-03-31.csv", "activities"),
            Map.entry("fx_rates.csv", "fx_rates"),
            Map.entry("README.txt", "skipped"));
  }

  @Test
  void reportExportWithOtherName_tableNamedOnCommandLine_goesToThatTable() {
    Path report = write("report1711900000000.csv");

    SourceResolver.Resolution r =
        new SourceResolver(new ProfileLoader().load("salesforce"))
            .resolve(List.of("opportunities=" + report));

    assertThat(r.files()).extracting(SourceFile::table).containsExactly("opportunities");
  }
}
