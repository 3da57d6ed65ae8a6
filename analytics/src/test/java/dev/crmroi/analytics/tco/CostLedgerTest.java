package dev.crmroi.analytics.tco;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.crmroi.core.config.CrmRoiConfig.DuckDbSettings;
import dev.crmroi.generator.GenerationListener;
import dev.crmroi.generator.GeneratorSpec;
import dev.crmroi.generator.SyntheticCrm;
import dev.crmroi.generator.Truth;
import dev.crmroi.store.Store;
import dev.crmroi.store.importing.ImportListener;
import dev.crmroi.store.importing.Importer;
import dev.crmroi.store.importing.ProfileLoader;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CostLedgerTest {
  private static final LocalDate JAN_1 = LocalDate.of(2024, 1, 1);
  private static final LocalDate DEC_31 = LocalDate.of(2024, 12, 31);

  /**
   * Window 2024. One-off implementation 10,000 USD on 2024-01-15. Licence 100 EUR monthly from
   * 2024-01-31 to 2024-04-30: Jan 31, Feb 29, Mar 31, Apr 30 at EUR 1.1 (Jan, Feb) and 1.2 (from
   * Mar 1) = 110 + 110 + 120 + 120 = 460. Support 1,200 USD annual from 2023-06-01, no end: only
   * the 2024-06-01 charge is in the window = 1,200. Training 300 GBP quarterly from 2024-02-01 to
   * 2024-08-31 at GBP 1.3: Feb 1, May 1, Aug 1 = 3 x 390 = 1,170. Total 12,830.
   */
  private static Store ledger() throws SQLException {
    Store store = Store.inMemory(new DuckDbSettings("256MB", 1));
    try (Statement s = store.connection().createStatement()) {
      s.execute(
          "INSERT INTO store_meta VALUES ('reporting_currency', 'USD');"
              + "INSERT INTO fx_rates VALUES ('2024-01-01', 'EUR', 1.1), ('2024-03-01', 'EUR', 1.2),"
              + " ('2023-01-01', 'GBP', 1.3);"
              + "INSERT INTO crm_costs (cost_id, category, amount, incurred_on, currency,"
              + " recurrence, end_on) VALUES"
              + " ('C1', 'implementation', 10000, '2024-01-15', 'USD', 'once', NULL),"
              + " ('C2', 'licence', 100, '2024-01-31', 'EUR', 'monthly', '2024-04-30'),"
              + " ('C3', 'support', 1200, '2023-06-01', 'USD', 'annual', NULL),"
              + " ('C4', 'training', 300, '2024-02-01', 'GBP', 'quarterly', '2024-08-31')");
    }
    return store;
  }

  @Test
  void mixedLedger_expandsRecurringChargesAtTheirOwnRates() throws SQLException {
    try (Store store = ledger()) {
      Tco tco = new CostLedger(store, "USD").between(JAN_1, DEC_31);

      assertThat(tco.total()).isCloseTo(12_830, within(1e-9));
      assertThat(tco.byCategory())
          .containsEntry("licence", 460.0)
          .containsEntry("training", 1170.0)
          .containsEntry("support", 1200.0);
      assertThat(tco.charges().stream().filter(c -> c.costId().equals("C2")))
          .extracting(TcoCharge::chargedOn)
          .containsExactly(
              LocalDate.of(2024, 1, 31),
              LocalDate.of(2024, 2, 29),
              LocalDate.of(2024, 3, 31),
              LocalDate.of(2024, 4, 30));
    }
  }

  @Test
  void byMonth_hasEveryMonthOfTheWindow_zeroWhereNothingIsDue() throws SQLException {
    try (Store store = ledger()) {
      Tco tco = new CostLedger(store, "USD").between(JAN_1, DEC_31);

      assertThat(tco.byMonth()).hasSize(12);
      assertThat(tco.byMonth().get(YearMonth.of(2024, 12))).isZero();
      assertThat(tco.byMonth().get(YearMonth.of(2024, 1))).isCloseTo(10_110, within(1e-9));
    }
  }

  @Test
  void openEndedRecurringCost_stopsAtTheWindowEnd() throws SQLException {
    try (Store store = ledger()) {
      Tco tco =
          new CostLedger(store, "USD").between(LocalDate.of(2023, 1, 1), LocalDate.of(2025, 5, 31));

      assertThat(tco.charges().stream().filter(c -> c.costId().equals("C3")))
          .extracting(TcoCharge::chargedOn)
          .containsExactly(LocalDate.of(2023, 6, 1), LocalDate.of(2024, 6, 1));
    }
  }

  @Test
  void recurringCostEndingBeforeItsNextChargeDay_isNotChargedAfterItsEnd() throws SQLException {
    // Monthly from Jan 15 with end_on Feb 1: one charge only (Jan 15). Counting month boundaries
    // would also charge Feb 15, after the end.
    try (Store store = Store.inMemory(new DuckDbSettings("256MB", 1));
        Statement s = store.connection().createStatement()) {
      s.execute(
          "INSERT INTO store_meta VALUES ('reporting_currency', 'USD');"
              + "INSERT INTO crm_costs (cost_id, category, amount, incurred_on, currency,"
              + " recurrence, end_on) VALUES"
              + " ('C9', 'licence', 100, '2024-01-15', 'USD', 'monthly', '2024-02-01')");

      Tco tco = new CostLedger(store, "USD").between(JAN_1, DEC_31);

      assertThat(tco.charges())
          .extracting(TcoCharge::chargedOn)
          .containsExactly(LocalDate.of(2024, 1, 15));
    }
  }

  @Test
  void emptyLedger_totalZero() {
    try (Store store = Store.inMemory(new DuckDbSettings("256MB", 1))) {
      assertThat(new CostLedger(store, "USD").between(JAN_1, DEC_31).total()).isZero();
    }
  }

  @Test
  void windowEndingBeforeItStarts_rejected() throws SQLException {
    try (Store store = ledger()) {
      assertThatThrownBy(() -> new CostLedger(store, "USD").between(DEC_31, JAN_1))
          .hasMessageContaining("ends 2024-01-01 before it starts 2024-12-31");
    }
  }

  @Test
  void generatedCompany_tcoEqualsTheGeneratorsTruth(@TempDir Path dir) {
    Truth truth = SyntheticCrm.generate(GeneratorSpec.defaults(7), dir, GenerationListener.NONE);
    try (Store store = Store.inMemory(new DuckDbSettings("512MB", 2))) {
      new Importer(store)
          .run(
              List.of(dir.toString()),
              new ProfileLoader().load("canonical"),
              "USD",
              ImportListener.SILENT);
      CostLedger ledger = new CostLedger(store, "USD");

      Tco tco = ledger.between(ledger.firstCost().orElseThrow(), LocalDate.parse(truth.dataEnd()));

      assertThat(tco.total())
          .isCloseTo(truth.trueCostTotal(), within(truth.trueCostTotal() * 1e-6));
      assertThat(ledger.dataEnd()).contains(LocalDate.parse(truth.dataEnd()));
    }
  }
}
