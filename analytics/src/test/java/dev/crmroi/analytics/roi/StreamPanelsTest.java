package dev.crmroi.analytics.roi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.crmroi.core.causal.Panel;
import dev.crmroi.core.config.GoLive;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StreamPanelsTest {
  private static final YearMonth FIRST = YearMonth.of(2024, 1);
  private static final int MONTHS = 12;

  /** "live" goes live in month 8 and churns 2% of 1000 at risk before, 1% after; "ctl" 3%. */
  private static StreamPanels panels() {
    List<UnitMonth> rows = new ArrayList<>();
    for (int t = 0; t < MONTHS; t++) {
      rows.add(month("live", t, t < 8 ? 20 : 10, 1000));
      rows.add(month("ctl", t, 30, 1000));
    }
    GoLive goLive = GoLive.perUnit(Map.of("live", FIRST.plusMonths(8).atDay(1)));
    return new StreamPanels(rows, goLive, FIRST, FIRST.plusMonths(MONTHS - 1));
  }

  private static UnitMonth month(String unit, int t, double churned, double atRisk) {
    return new UnitMonth(
        unit,
        FIRST.plusMonths(t),
        100,
        1,
        1,
        1,
        churned,
        1,
        atRisk - churned,
        atRisk,
        10,
        10,
        50,
        5,
        1,
        100);
  }

  private static Valuation valuation(StreamPanels p) {
    return new Valuation(0.8, 40, p.baselines());
  }

  @Test
  void retentionCarry_isOneMinusTheTreatedUnitsHazardBeforeGoLive() {
    assertThat(panels().retentionCarry()).isCloseTo(0.98, within(1e-12));
  }

  @Test
  void retentionPanel_isTheHazardScaledByMarginAtRisk_andCarried() {
    StreamPanels p = panels();

    Panel retention = p.panel(BenefitStream.CUSTOMER_RETENTION, valuation(p));

    int live = retention.units().indexOf("live");
    assertThat(retention.outcome(live, 9)).isCloseTo(-0.8 * 10, within(1e-12));
    assertThat(retention.exposure(live, 9)).isCloseTo(0.8 * 1000, within(1e-12));
    assertThat(retention.carry()).isCloseTo(0.98, within(1e-12));
    assertThat(retention.baseWindow()).contains(StreamPanels.HAZARD_BASE);
  }

  @Test
  void layers_plainStreamsCombinedAndRetentionOnItsOwn() {
    StreamPanels p = panels();

    List<Panel> layers = p.layers(List.of(BenefitStream.values()), valuation(p));

    assertThat(layers).hasSize(2);
    assertThat(layers.get(0).carry()).isZero();
    assertThat(layers.get(1).carry()).isCloseTo(0.98, within(1e-12));
    int live = layers.get(0).units().indexOf("live");
    double plain =
        p.panel(BenefitStream.SALES_EFFECTIVENESS, valuation(p)).outcome(live, 9)
            + p.panel(BenefitStream.SERVICE_EFFICIENCY, valuation(p)).outcome(live, 9)
            + p.panel(BenefitStream.MARKETING_EFFICIENCY, valuation(p)).outcome(live, 9);
    assertThat(layers.get(0).outcome(live, 9)).isCloseTo(plain, within(1e-9));
  }
}
