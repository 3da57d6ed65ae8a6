package dev.crmroi.analytics.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.crmroi.core.kpi.Dimension;
import dev.crmroi.core.kpi.KpiValue;
import dev.crmroi.core.kpi.Period;
import dev.crmroi.store.Store;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The records a drill-down lists add up to the numerator and denominator of the value shown. */
class KpiDrillConsistencyTest {

  @Test
  void drill_everyKpiAndSliceOfTheFixture_recordsAddUpToTheValue() {
    try (Store store = TestStores.withSql("tiny_fixture.sql")) {
      KpiEngine engine = new KpiEngine(store, KpiRegistry.standard(), 0.35);
      Period q1 = Period.parse("2024-Q1");
      int checked = 0;
      for (KpiDefinition def : engine.registry().all()) {
        for (Dimension by : Dimension.values()) {
          if (!def.implemented() || !def.slicesBy(by)) {
            continue;
          }
          for (KpiValue v : engine.compute(def.id(), q1, by)) {
            KpiDrill drill = engine.drill(def.id(), q1, by, v.slice(), 1000);
            List<DrillRecord> records = drill.records();
            String what = def.id() + " by " + by.key() + " = " + v.slice();
            assertThat(records.size()).as(what).isEqualTo(v.n());
            v.numerator()
                .ifPresent(
                    num ->
                        assertThat(records.stream().mapToDouble(DrillRecord::numerator).sum())
                            .as(what)
                            .isCloseTo(num, within(1e-6)));
            v.denominator()
                .ifPresent(
                    den ->
                        assertThat(records.stream().mapToDouble(DrillRecord::denominator).sum())
                            .as(what)
                            .isCloseTo(den, within(1e-6)));
            checked++;
          }
        }
      }
      assertThat(checked).isGreaterThan(150);
    }
  }
}
