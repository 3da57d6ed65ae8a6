package dev.crmroi.store.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImporterBadInputTest {
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

  private void accounts() {
    fx.write("accounts.csv", "account_id,name,region", "A1,Acme,EMEA", "A2,Beta,NA");
  }

  @Test
  void malformedDate_rowRejectedWithReason_goodRowsLoaded() {
    accounts();
    fx.write(
        "opportunities.csv",
        "opportunity_id,created_at,account_id,stage,closed_at,amount",
        "O1,2024-01-05,A1,won,2024-02-01,100",
        "O2,2024-01-06,A1,won,2024-13-01,200",
        "O3,2024-01-07,A2,lost,2024-03-01,");

    ImportReport report = fx.importDir();

    assertThat(fx.rows("SELECT opportunity_id FROM opportunities ORDER BY 1"))
        .containsExactly(List.of("O1"), List.of("O3"));
    assertThat(fx.rows("SELECT line, record_key, column_name, value, reason FROM import_rejects"))
        .containsExactly(
            List.of(
                "3",
                "O2",
                "closed_at",
                "2024-13-01",
                "closed_at '2024-13-01' is not a date-time (expected ISO-8601 like"
                    + " 2024-03-31T14:05:00Z)"));
    assertThat(report.rejected()).isEqualTo(1);
  }

  @Test
  void unknownEnum_rowRejectedNamingAllowedValues() {
    fx.write(
        "opportunities.csv",
        "opportunity_id,created_at,stage",
        "O1,2024-01-05,Won",
        "O2,2024-01-06,maybe");

    fx.importDir();

    assertThat(fx.rows("SELECT opportunity_id, stage FROM opportunities"))
        .containsExactly(List.of("O1", "won"));
    assertThat(fx.rows("SELECT reason FROM import_rejects"))
        .containsExactly(List.of("stage 'maybe' is not one of open, won, lost"));
  }

  @Test
  void unknownCurrency_rowRejected_knownCurrencyConverted() {
    fx.write("fx_rates.csv", "on,currency,rate", "2024-01-01,EUR,1.10", "2024-02-01,EUR,1.20");
    fx.write(
        "invoices.csv",
        "invoice_id,account_id,issued_on,amount,currency",
        "I1,A1,2024-01-15,100,EUR",
        "I2,A1,2024-02-15,100,eur",
        "I3,A1,2024-02-15,100,XXX",
        "I4,A1,2023-12-15,100,EUR",
        "I5,A1,2024-02-15,100,");

    fx.importDir();

    assertThat(fx.rows("SELECT invoice_id, currency, amount_rc FROM invoices ORDER BY 1"))
        .containsExactly(
            List.of("I1", "EUR", "110.0000"),
            List.of("I2", "EUR", "120.0000"),
            List.of("I4", "EUR", "110.0000"),
            List.of("I5", "USD", "100.0000"));
    assertThat(fx.rows("SELECT record_key, reason FROM import_rejects"))
        .containsExactly(
            List.of("I3", "currency 'XXX' has no exchange rate in fx_rates (known: USD, EUR)"));
  }

  @Test
  void orphanReference_rowKeptAndCounted() {
    accounts();
    fx.write(
        "opportunities.csv",
        "opportunity_id,created_at,account_id",
        "O1,2024-01-05,A1",
        "O2,2024-01-06,A404");

    ImportReport report = fx.importDir();

    assertThat(fx.count("opportunities")).isEqualTo(2);
    assertThat(report.orphans()).containsEntry("opportunities.account_id", 1L);
  }

  @Test
  void duplicateIdInOneFile_firstKeptLaterRejected() {
    fx.write("accounts.csv", "account_id,name", "A1,First", "A2,Other", "A1,Second");

    ImportReport report = fx.importDir();

    assertThat(fx.rows("SELECT account_id, name FROM accounts ORDER BY 1"))
        .containsExactly(List.of("A1", "First"), List.of("A2", "Other"));
    assertThat(fx.rows("SELECT line, reason FROM import_rejects"))
        .containsExactly(
            List.of("4", "duplicate account_id 'A1' in this file; the row at line 2 is kept"));
    FileCounts counts = report.files().get(0);
    assertThat(counts.read()).isEqualTo(3);
    assertThat(counts.loaded()).isEqualTo(2);
    assertThat(counts.rejected()).isEqualTo(1);
  }

  @Test
  void missingRequiredColumn_failsNamingFileAndColumn_storeUnchanged() {
    accounts();
    Path bad = fx.write("opportunities.csv", "opportunity_id,account_id", "O1,A1");

    assertThatThrownBy(fx::importDir)
        .isInstanceOf(ImportFailure.class)
        .hasMessageContaining(bad.toString())
        .hasMessageContaining("missing required column created_at");
    assertThat(fx.count("accounts")).isZero();
    assertThat(fx.count("imports")).isZero();
  }

  @Test
  void emptyFile_failsNamingFile() {
    accounts();
    fx.writeBytes("contacts.csv", new byte[0]);

    assertThatThrownBy(fx::importDir)
        .isInstanceOf(ImportFailure.class)
        .hasMessageContaining("contacts.csv: the file is empty");
    assertThat(fx.count("accounts")).isZero();
  }

  @Test
  void headerOnlyFile_loadsNothingAndSucceeds() {
    fx.write("accounts.csv", "account_id,name");

    ImportReport report = fx.importDir();

    assertThat(report.files().get(0).read()).isZero();
  }

  @Test
  void nonUtf8File_failsSayingEncoding_storeUnchanged() {
    accounts();
    fx.writeBytes(
        "contacts.csv",
        "contact_id,first_name\nC1,Ren\u00e9e\n".getBytes(StandardCharsets.ISO_8859_1));

    assertThatThrownBy(fx::importDir)
        .isInstanceOf(ImportFailure.class)
        .hasMessageContaining("contacts.csv: is not UTF-8 encoded");
    assertThat(fx.count("accounts")).isZero();
  }

  @Test
  void workbookInsteadOfCsv_failsSayingWhatItIs() {
    fx.writeBytes("accounts.csv", new byte[] {'P', 'K', 3, 4, 20, 0, 6, 0});

    assertThatThrownBy(fx::importDir)
        .isInstanceOf(ImportFailure.class)
        .hasMessageContaining("is not CSV but a ZIP archive");
  }

  @Test
  void jsonInsteadOfCsv_failsSayingWhatItIs() {
    fx.write("accounts.csv", "[{\"account_id\": \"A1\"}]");

    assertThatThrownBy(fx::importDir)
        .isInstanceOf(ImportFailure.class)
        .hasMessageContaining("is not CSV (it looks like JSON");
  }

  @Test
  void rowWithExtraField_rejectedWithLine_otherLinesKeepTheirNumbers() {
    fx.write("accounts.csv", "account_id,name", "A1,One", "A2,Two,extra", "A3,Three", "A3,Again");

    fx.importDir();

    assertThat(fx.rows("SELECT line, reason FROM import_rejects ORDER BY line"))
        .extracting(r -> r.get(0) + ":" + r.get(1).split(" \\(|;")[0])
        .containsExactly(
            "3:the row has more fields than the header",
            "5:duplicate account_id 'A3' in this file");
    assertThat(fx.count("accounts")).isEqualTo(2);
  }

  @Test
  void requiredValueEmpty_rowRejectedSayingSo() {
    fx.write("accounts.csv", "account_id,name", "A1,One", ",Nameless");

    fx.importDir();

    assertThat(fx.rows("SELECT line, column_name, reason FROM import_rejects"))
        .containsExactly(List.of("3", "account_id", "account_id is empty"));
  }
}
