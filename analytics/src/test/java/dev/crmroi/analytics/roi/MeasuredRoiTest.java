package dev.crmroi.analytics.roi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.crmroi.core.config.CrmRoiConfig;
import dev.crmroi.core.config.CrmRoiConfig.DuckDbSettings;
import dev.crmroi.core.config.GoLive;
import dev.crmroi.generator.GenerationListener;
import dev.crmroi.generator.GeneratorSpec;
import dev.crmroi.generator.SyntheticCrm;
import dev.crmroi.generator.Truth;
import dev.crmroi.store.Store;
import dev.crmroi.store.config.ConfigLoader;
import dev.crmroi.store.importing.ImportListener;
import dev.crmroi.store.importing.Importer;
import dev.crmroi.store.importing.ProfileLoader;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Measured ROI end to end on a generated company, and the setups it must refuse. */
class MeasuredRoiTest {
  @TempDir static Path dir;
  static Truth truth;
  static CrmRoiConfig config;
  static Store store;
  static RoiReport report;

  @BeforeAll
  static void generateImportMeasure() {
    truth = SyntheticCrm.generate(GeneratorSpec.defaults(3), dir, GenerationListener.NONE);
    config = RoiConfigs.withBootstrap(new ConfigLoader().load(dir.resolve("crm-roi.yaml")), 199, 3);
    store = Store.inMemory(new DuckDbSettings("1GB", 2));
    new Importer(store)
        .run(
            List.of(dir.toString()),
            new ProfileLoader().load("canonical"),
            "USD",
            ImportListener.SILENT);
    report = new MeasuredRoi(store, config).run();
  }

  @AfterAll
  static void close() {
    store.close();
  }

  @Test
  void generatedCompany_everyStreamAndTheTotal_byEveryEstimator() {
    assertThat(report.streams())
        .extracting(RoiReport.StreamResult::stream)
        .containsExactly(
            "sales_effectiveness",
            "customer_retention",
            "service_efficiency",
            "marketing_efficiency");
    assertThat(report.total().estimates())
        .extracting(RoiReport.Estimate::estimator)
        .containsExactly("naive", "its", "did");
    assertThat(report.headline().reason()).contains("4 different go-live months");
    assertThat(report.controls()).containsExactly("MEA");
  }

  @Test
  void generatedCompany_costsAreTheLedgerOverTheMeasuredMonths() {
    assertThat(report.costs().total())
        .isCloseTo(truth.trueCostTotal(), within(1e-6 * truth.trueCostTotal()));
  }

  @Test
  void generatedCompany_roiIsBenefitsAgainstCosts_withAnIntervalAroundIt() {
    double benefits = report.total().headline().point();
    double costs = report.costs().total();
    RoiReport.Figure roi = report.figure("roi");

    assertThat(roi.point().getAsDouble()).isCloseTo((benefits - costs) / costs, within(1e-9));
    assertThat(roi.ci95().orElseThrow().lower()).isLessThan(roi.point().getAsDouble());
    assertThat(roi.ci95().orElseThrow().upper()).isGreaterThan(roi.point().getAsDouble());
  }

  @Test
  void streamsAddUpToTheTotal_forTheNaiveAndTimeSeriesEstimators() {
    for (String estimator : List.of("naive", "its")) {
      double sum = report.streams().stream().mapToDouble(s -> estimate(s, estimator)).sum();
      assertThat(estimate(report.total(), estimator))
          .as(estimator)
          .isCloseTo(sum, within(1e-6 * Math.abs(sum) + 1e-6));
    }
  }

  @Test
  void productLineEvent_leftOutOfSales_andNamed() {
    assertThat(report.events()).anyMatch(e -> e.contains("product line insights left out"));
  }

  @Test
  void eventNamedForEveryUnit_isCompanyWide_unitEventIsWarnedAbout() {
    // The generator names the price change once per region (all five) and a hiring wave in one.
    assertThat(report.events()).filteredOn(e -> e.contains("list price increase")).hasSize(5);
    assertThat(report.warnings()).noneMatch(w -> w.contains("list price increase"));
    assertThat(report.warnings())
        .anyMatch(
            w ->
                w.startsWith("confounder in EMEA")
                    && w.contains("sales hiring wave")
                    && w.contains("sales follow capacity"));
  }

  @Test
  void methodSaysTheBaseWindowsCarryAndSalesScaling() {
    assertThat(report.method())
        .anyMatch(m -> m.contains("mean of the 3 months before go-live") && m.contains("24 months"))
        .anyMatch(m -> m.matches("saved MRR is carried forward at 9\\d\\.\\d\\d% a month .*"))
        .anyMatch(m -> m.contains("4-month ramp-up"));
  }

  @Test
  void goLiveAfterTheDataEnds_refusedSayingSo() {
    CrmRoiConfig bad =
        RoiConfigs.withGoLive(config, GoLive.perUnit(Map.of("NA", LocalDate.of(2027, 1, 1))));

    assertThatThrownBy(() -> new MeasuredRoi(store, bad).run())
        .isInstanceOf(RoiSetupException.class)
        .hasMessage(
            "unit 'NA' goes live in 2027-01, after the data ends in 2025-12: there is no"
                + " post-period to measure");
  }

  @Test
  void tooShortPrePeriod_refusedNamingTheUnit() {
    CrmRoiConfig bad =
        RoiConfigs.withGoLive(config, GoLive.perUnit(Map.of("EMEA", LocalDate.of(2022, 4, 1))));

    assertThatThrownBy(() -> new MeasuredRoi(store, bad).run())
        .hasMessage(
            "unit 'EMEA' has 3 months of data before its go-live 2022-04; measured ROI"
                + " needs at least 6 (data starts 2022-01)");
  }

  @Test
  void unitWithNoData_refusedListingTheUnitsThatExist() {
    CrmRoiConfig bad =
        RoiConfigs.withGoLive(
            config, GoLive.perUnit(Map.of("Antarctica", LocalDate.of(2024, 1, 1))));

    assertThatThrownBy(() -> new MeasuredRoi(store, bad).run())
        .hasMessageStartingWith("go_live names unit 'Antarctica' but no record belongs to it");
  }

  @Test
  void emptyCostLedger_refusedSayingWhatIsMissing() throws SQLException {
    try (Store empty = Store.inMemory(new DuckDbSettings("1GB", 2))) {
      new Importer(empty)
          .run(
              List.of(dir.toString()),
              new ProfileLoader().load("canonical"),
              "USD",
              ImportListener.SILENT);
      try (Statement s = empty.connection().createStatement()) {
        s.execute("DELETE FROM crm_costs");
      }
      assertThatThrownBy(() -> new MeasuredRoi(empty, config).run())
          .hasMessageStartingWith("the crm_costs ledger is empty");
    }
  }

  private static double estimate(RoiReport.StreamResult s, String estimator) {
    return s.estimates().stream()
        .filter(e -> e.estimator().equals(estimator))
        .findFirst()
        .orElseThrow()
        .point();
  }
}
