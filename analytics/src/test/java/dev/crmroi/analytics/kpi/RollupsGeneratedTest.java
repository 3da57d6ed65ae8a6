package dev.crmroi.analytics.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmroi.core.config.CrmRoiConfig.DuckDbSettings;
import dev.crmroi.core.kpi.Dimension;
import dev.crmroi.core.kpi.Period;
import dev.crmroi.generator.GenerationListener;
import dev.crmroi.generator.GeneratorSpec;
import dev.crmroi.generator.SyntheticCrm;
import dev.crmroi.store.Store;
import dev.crmroi.store.importing.ImportListener;
import dev.crmroi.store.importing.Importer;
import dev.crmroi.store.importing.ProfileLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rollups against the raw rows on a generated company (2022–2025): every rolled-up KPI, every
 * dimension it slices by, months, quarters, years and a month-aligned range.
 */
class RollupsGeneratedTest {
  private static final double MARGIN = 0.35;
  private static final List<Period> PERIODS =
      List.of(
          Period.parse("2022-01"),
          Period.parse("2023"),
          Period.parse("2024-Q2"),
          Period.parse("2025-11"),
          Period.parse("2023-03-01..2024-08-31"),
          Period.parse("2025"));
  @TempDir static Path dir;
  private static Store store;
  private static KpiEngine engine;
  private static Rollups.Summary summary;

  @BeforeAll
  static void generateImportAndRollUp() {
    SyntheticCrm.generate(GeneratorSpec.defaults(11), dir, GenerationListener.NONE);
    store = Store.inMemory(new DuckDbSettings("1GB", 2));
    new Importer(store)
        .run(
            List.of(dir.toString()),
            new ProfileLoader().load("canonical"),
            "USD",
            ImportListener.SILENT);
    summary = Rollups.refresh(store, KpiRegistry.standard(), MARGIN);
    engine = new KpiEngine(store, KpiRegistry.standard(), MARGIN);
  }

  @AfterAll
  static void close() {
    store.close();
  }

  @Test
  void refresh_generatedCompany_coversItsFourYearsAndEveryRolledKpi() {
    assertThat(summary.firstMonth()).hasValueSatisfying(m -> assertThat(m).hasToString("2022-01"));
    assertThat(summary.lastMonth())
        .hasValueSatisfying(m -> assertThat(m.getYear()).isEqualTo(2025));
    assertThat(summary.kpis()).isEqualTo(Rollups.KPIS.size());
  }

  @Test
  void compute_everyRolledKpiDimensionAndPeriod_equalsRawRows() {
    KpiEngine raw = engine.withoutRollups();
    int compared = 0;
    for (String id : Rollups.KPIS) {
      for (Dimension by : dimensions(id)) {
        for (Period p : PERIODS) {
          assertThat(engine.readsRollups(id, p)).as(id + " " + p).isTrue();
          SameValues.assertSame(
              id + " by " + by.key() + " in " + p,
              engine.compute(id, p, by),
              raw.compute(id, p, by));
          compared++;
        }
      }
    }
    assertThat(compared).isGreaterThan(400);
  }

  @Test
  void readsRollups_partialMonthOrNonAdditiveKpi_readsRows() {
    assertThat(engine.readsRollups("revenue_won", Period.parse("2024-01-05..2024-02-29")))
        .isFalse();
    assertThat(engine.readsRollups("churn_rate", Period.parse("2024"))).isFalse();
    assertThat(engine.readsRollups("revenue_won", Period.parse("2030"))).isFalse();
    assertThat(engine.withoutRollups().readsRollups("revenue_won", Period.parse("2024"))).isFalse();
  }

  private static List<Dimension> dimensions(String id) {
    List<Dimension> dims = new ArrayList<>(List.of(Dimension.NONE));
    KpiDefinition def = KpiRegistry.standard().get(id);
    for (Dimension d : Dimension.values()) {
      if (d != Dimension.NONE && def.slicesBy(d)) {
        dims.add(d);
      }
    }
    return dims;
  }
}
