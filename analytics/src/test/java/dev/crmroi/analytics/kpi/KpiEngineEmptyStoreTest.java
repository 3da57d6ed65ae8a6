package dev.crmroi.analytics.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crmroi.core.kpi.Dimension;
import dev.crmroi.core.kpi.KpiValue;
import dev.crmroi.core.kpi.Period;
import dev.crmroi.store.Store;
import org.junit.jupiter.api.Test;

class KpiEngineEmptyStoreTest {

  @Test
  void everyKpi_emptyStore_isNotAvailableWithAReasonNeverZero() {
    try (Store store = TestStores.empty()) {
      KpiEngine engine = new KpiEngine(store, KpiRegistry.standard(), 0.35);
      for (KpiDefinition def : engine.registry().all()) {
        KpiValue v = engine.compute(def.id(), Period.parse("2024"), Dimension.NONE).get(0);
        assertThat(v.value()).as(def.id()).isEmpty();
        assertThat(v.reason()).as(def.id()).isPresent();
      }
    }
  }

  @Test
  void winRate_noOpportunities_saysNoneWereImported() {
    try (Store store = TestStores.empty()) {
      KpiEngine engine = new KpiEngine(store, KpiRegistry.standard(), 0.35);
      KpiValue v = engine.compute("win_rate", Period.parse("2024"), Dimension.REGION).get(0);
      assertThat(v.reason()).contains("no opportunities imported");
    }
  }

  @Test
  void churnRate_noActivityTables_namesTheAlternatives() {
    try (Store store = TestStores.empty()) {
      KpiEngine engine = new KpiEngine(store, KpiRegistry.standard(), 0.35);
      KpiValue v = engine.compute("churn_rate", Period.parse("2024"), Dimension.NONE).get(0);
      assertThat(v.reason()).contains("no subscriptions, opportunities or invoices imported");
    }
  }

  @Test
  void compute_unknownId_namesItAndTheKnownIds() {
    try (Store store = TestStores.empty()) {
      KpiEngine engine = new KpiEngine(store, KpiRegistry.standard(), 0.35);
      assertThatThrownBy(() -> engine.compute("winrate", Period.parse("2024"), Dimension.NONE))
          .hasMessageContaining("unknown KPI 'winrate'")
          .hasMessageContaining("win_rate");
    }
  }
}
