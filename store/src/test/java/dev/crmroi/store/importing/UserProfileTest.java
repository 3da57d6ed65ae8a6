package dev.crmroi.store.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserProfileTest {
  @TempDir Path dir;
  @TempDir Path profiles;
  ImportFixture fx;

  @BeforeEach
  void open() {
    fx = new ImportFixture(dir);
  }

  @AfterEach
  void close() {
    fx.close();
  }

  private String profile(String... lines) {
    Path file = new ImportFixture(profiles).write("mine.yaml", lines);
    return file.toString();
  }

  @Test
  void userProfile_semicolonFileWithRenamesAndSynonyms_loadsCanonicalRows() {
    String mine =
        profile(
            "name: mine",
            "delimiter: ';'",
            "default_currency: eur",
            "date_formats: ['%d.%m.%Y']",
            "tables:",
            "  fx_rates: {}",
            "  opportunities:",
            "    files: ['Deals*.csv']",
            "    columns:",
            "      opportunity_id: [Deal No]",
            "      created_at: [Opened]",
            "      stage: [Phase]",
            "      amount: [Value]",
            "    values:",
            "      stage: {Gewonnen: won, Verloren: lost, '*': open}");
    fx.write("fx_rates.csv", "on;currency;rate", "2024-01-01;EUR;1.10");
    fx.write(
        "Deals-2024.csv",
        "Deal No;Opened;Phase;Value",
        "D1;31.01.2024;Gewonnen;100.5",
        "D2;01.02.2024;Angebot;7");

    fx.importWith(mine, List.of(dir.toString()));

    assertThat(
            fx.rows(
                "SELECT opportunity_id, created_at::DATE, stage, amount, currency"
                    + " FROM opportunities ORDER BY 1"))
        .containsExactly(
            List.of("D1", "2024-01-31", "won", "100.5000", "EUR"),
            List.of("D2", "2024-02-01", "open", "7.0000", "EUR"));
  }

  @Test
  void candidateHeaders_firstIsEmpty_rowTakesTheNextNonEmptyHeader() {
    String mine =
        profile(
            "tables:", "  activities:", "    columns:", "      occurred_at: [Done, Due, Created]");
    fx.write(
        "activities.csv",
        "activity_id,type,Done,Due,Created",
        "T1,call,2024-03-01,2024-03-02,2024-03-03",
        "T2,call,,2024-03-02,2024-03-03",
        "T3,call,,,2024-03-03");

    fx.importWith(mine, List.of(dir.toString()));

    assertThat(fx.rows("SELECT activity_id, occurred_at::DATE FROM activities ORDER BY 1"))
        .containsExactly(
            List.of("T1", "2024-03-01"), List.of("T2", "2024-03-02"), List.of("T3", "2024-03-03"));
  }

  @Test
  void idLength_longIdsCut_reportAndApiIdsNameTheSameRecord() {
    String mine = profile("id_length: 3", "tables:", "  accounts: {}", "  contacts: {}");
    fx.write("accounts.csv", "account_id,name", "A01xyz,Acme");
    fx.write("contacts.csv", "contact_id,account_id", "C01,A01", "C02xy,A01xyz");

    fx.importWith(mine, List.of(dir.toString()));

    assertThat(fx.rows("SELECT account_id FROM accounts")).containsExactly(List.of("A01"));
    assertThat(fx.rows("SELECT contact_id, account_id FROM contacts ORDER BY 1"))
        .containsExactly(List.of("C01", "A01"), List.of("C02", "A01"));
  }
}
