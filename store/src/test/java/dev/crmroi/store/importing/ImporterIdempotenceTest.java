package dev.crmroi.store.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImporterIdempotenceTest {
  @TempDir Path dir;
  ImportFixture fx;

  @BeforeEach
  void open() {
    fx = new ImportFixture(dir);
    fx.write("fx_rates.csv", "on,currency,rate", "2024-01-01,EUR,1.1");
    fx.write("accounts.csv", "account_id,name,region", "A1,Acme,EMEA", "A2,Beta,NA");
    fx.write(
        "opportunities.csv",
        "opportunity_id,created_at,account_id,stage,closed_at,amount,currency",
        "O1,2024-01-05,A1,won,2024-02-01T10:00:00+02:00,100.5,EUR",
        "O2,2024-01-06,A2,open,,200,USD");
    fx.write("user_logins.csv", "user_id,at", "U1,2024-01-01T08:00:00Z", "U1,2024-01-02 08:00");
  }

  @AfterEach
  void close() {
    fx.close();
  }

  private List<List<String>> snapshot() {
    return fx.rows(
        "SELECT 'o', opportunity_id, created_at, closed_at, amount, amount_rc FROM opportunities"
            + " UNION ALL SELECT 'a', account_id, name, region, NULL, NULL FROM accounts"
            + " UNION ALL SELECT 'l', user_id, \"at\", NULL, NULL, NULL FROM user_logins"
            + " UNION ALL SELECT 'f', currency, \"on\", rate, NULL, NULL FROM fx_rates"
            + " ORDER BY ALL");
  }

  @Test
  void sameFilesTwice_identicalContents_secondRunAllUnchanged() {
    fx.importDir();
    List<List<String>> first = snapshot();

    ImportReport second = fx.importDir();

    assertThat(snapshot()).isEqualTo(first);
    assertThat(second.files()).allSatisfy(f -> assertThat(f.unchanged()).isEqualTo(f.read()));
  }

  @Test
  void timestampsWithOffsets_storedAsUtc() {
    fx.importDir();

    assertThat(fx.rows("SELECT closed_at FROM opportunities WHERE opportunity_id = 'O1'"))
        .containsExactly(List.of("2024-02-01 08:00:00.0"));
  }

  @Test
  void changedRow_countedAsUpdated_replacesOldValues() {
    fx.importDir();
    fx.write("accounts.csv", "account_id,name,region", "A1,Acme Ltd,EMEA", "A3,Gamma,APAC");

    ImportReport report = fx.importSources(List.of(dir.resolve("accounts.csv").toString()));

    FileCounts counts = report.files().get(0);
    assertThat(counts.updated()).isEqualTo(1);
    assertThat(counts.loaded()).isEqualTo(1);
    assertThat(fx.rows("SELECT account_id, name FROM accounts ORDER BY 1"))
        .containsExactly(List.of("A1", "Acme Ltd"), List.of("A2", "Beta"), List.of("A3", "Gamma"));
  }

  @Test
  void unreadableFileAmongGoodOnes_nothingFromTheImportIsKept() {
    fx.importDir();
    List<List<String>> before = snapshot();
    fx.write("accounts.csv", "account_id,name,region", "A9,New,EMEA");
    fx.write("contacts.csv", "first_name,last_name", "No,Id");

    assertThatThrownBy(fx::importDir).isInstanceOf(ImportFailure.class);

    assertThat(snapshot()).isEqualTo(before);
    assertThat(fx.count("imports")).isEqualTo(1);
  }

  @Test
  void extraFilesInDirectory_listedAsSkipped() {
    fx.write("notes.txt", "not a table");

    ImportReport report = fx.importDir();

    assertThat(report.skipped()).containsExactly(dir.resolve("notes.txt"));
  }
}
