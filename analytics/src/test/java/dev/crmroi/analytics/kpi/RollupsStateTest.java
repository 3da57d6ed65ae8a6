package dev.crmroi.analytics.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmroi.core.kpi.Dimension;
import dev.crmroi.core.kpi.Period;
import dev.crmroi.store.Store;
import org.junit.jupiter.api.Test;

/** When the engine may read the rollups, and when it must fall back to the rows. */
class RollupsStateTest {
  private static final Period Q1 = Period.parse("2024-Q1");

  @Test
  void readsRollups_freshRollupsAndWholeMonths_true() {
    try (Store store = TestStores.withSql("tiny_fixture.sql")) {
      Rollups.refresh(store, KpiRegistry.standard(), 0.35);
      assertThat(new KpiEngine(store, KpiRegistry.standard(), 0.35).readsRollups("win_rate", Q1))
          .isTrue();
    }
  }

  @Test
  void compute_rowAddedAfterRefresh_readsRowsAndCountsIt() {
    try (Store store = TestStores.withSql("tiny_fixture.sql")) {
      Rollups.refresh(store, KpiRegistry.standard(), 0.35);
      KpiEngine engine = new KpiEngine(store, KpiRegistry.standard(), 0.35);
      double before =
          engine.compute("revenue_won", Q1, Dimension.NONE).get(0).value().orElseThrow();
      TestStores.execute(
          store,
          "INSERT INTO opportunities (opportunity_id, created_at, stage, closed_at, amount_rc)"
              + " VALUES ('late', TIMESTAMP '2024-01-02', 'won', TIMESTAMP '2024-02-02', 123)");

      assertThat(engine.readsRollups("revenue_won", Q1)).isFalse();
      assertThat(engine.compute("revenue_won", Q1, Dimension.NONE).get(0).value())
          .hasValue(before + 123);
    }
  }

  @Test
  void readsRollups_otherGrossMargin_false() {
    try (Store store = TestStores.withSql("tiny_fixture.sql")) {
      Rollups.refresh(store, KpiRegistry.standard(), 0.35);
      assertThat(new KpiEngine(store, KpiRegistry.standard(), 0.5).readsRollups("gross_profit", Q1))
          .isFalse();
    }
  }

  @Test
  void refresh_emptyStore_coversNothingAndEngineReadsRows() {
    try (Store store = TestStores.empty()) {
      Rollups.Summary s = Rollups.refresh(store, KpiRegistry.standard(), 0.35);
      assertThat(s.firstMonth()).isEmpty();
      assertThat(s.rows()).isZero();
      assertThat(new KpiEngine(store, KpiRegistry.standard(), 0.35).readsRollups("win_rate", Q1))
          .isFalse();
    }
  }

  @Test
  void rolledUpKpis_areSumsOrRatiosWithoutMedian() {
    KpiRegistry registry = KpiRegistry.standard();
    for (String id : Rollups.KPIS) {
      KpiDefinition def = registry.get(id);
      assertThat(def.aggregation()).as(id).isIn(Aggregation.SUM, Aggregation.RATIO);
      assertThat(def.extras()).as(id).doesNotContain("median");
    }
  }
}
