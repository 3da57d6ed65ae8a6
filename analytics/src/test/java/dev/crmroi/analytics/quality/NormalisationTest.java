package dev.crmroi.analytics.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.crmroi.core.config.CrmRoiConfig.DuckDbSettings;
import dev.crmroi.store.SqlResource;
import dev.crmroi.store.Store;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The SQL normalisation and similarity the duplicate search relies on, run in a real DuckDB. */
class NormalisationTest {
  private static Store store;
  private static Sql sql;

  @BeforeAll
  static void open() {
    store = Store.inMemory(new DuckDbSettings("256MB", 1));
    sql = new Sql(store.connection());
    sql.run("macros.sql", Map.of());
  }

  @AfterAll
  static void close() {
    store.close();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Acme Inc.|acme",
        "ACME, Inc.|acme",
        "Acme Corporation|acme",
        "Acme Pty Ltd|acme",
        "Acme Pty, Inc.|acme",
        "Müller GmbH & Co. KG|muller",
        "Nordic Paper AB|nordic paper",
        "Kowalski Sp. z o.o.|kowalski",
        "Banco Uno S.A.|banco uno",
        "O'Neil & Sons Ltd|oneil and sons",
        "Ltd|''",
      })
  void normName_legalFormsAndPunctuation_areRemoved(String name, String expected) {
    assertThat(text("q_norm_name", name)).isEqualTo(expected.isEmpty() ? null : expected);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Anna.Smith@EXAMPLE.com|anna.smith@example.com",
        "anna.smith+crm@example.com|anna.smith@example.com",
        " ANNA.SMITH+news@Example.COM |anna.smith@example.com",
        "anna.smith.example.com|''",
        "a@b@c.com|''",
      })
  void normEmail_caseAndPlusTags_areIgnored(String email, String expected) {
    assertThat(text("q_norm_email", email)).isEqualTo(expected.isEmpty() ? null : expected);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "+49 123 4567 890|491234567890",
        "(0049-123-4567-890)|491234567890",
        "+1 (555) 123-4567|15551234567",
        "0049 123.4567.890|491234567890",
        "n/a|''",
      })
  void normPhone_onlyDigitsRemain(String phone, String expected) {
    assertThat(text("q_norm_phone", phone)).isEqualTo(expected.isEmpty() ? null : expected);
  }

  /** Winkler (1990) and the Jaro-Winkler examples reproduced in the record-linkage literature. */
  @ParameterizedTest
  @CsvSource({"MARTHA,MARHTA,0.961", "DWAYNE,DUANE,0.840", "DIXON,DICKSONX,0.813"})
  void jaroWinkler_publishedExamples_match(String a, String b, double expected) {
    double jw =
        sql.select(
                "SELECT jaro_winkler_similarity("
                    + SqlResource.literal(a)
                    + ", "
                    + SqlResource.literal(b)
                    + ")",
                r -> r.getDouble(1))
            .get(0);
    assertThat(jw).isCloseTo(expected, within(0.0005));
  }

  private static String text(String macro, String value) {
    return sql.select(
            "SELECT " + macro + "(" + SqlResource.literal(value) + ")", r -> r.getString(1))
        .get(0);
  }
}
