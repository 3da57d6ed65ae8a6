package dev.crmroi.core.causal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.crmroi.core.finance.PresentValue;
import dev.crmroi.core.finance.RateOfReturn;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoiQuantitiesTest {

  private static final YearMonth JAN = YearMonth.of(2022, 1);

  @Test
  void netFlows_costsBeforeGoLive_alignBenefitsAndCostsByMonth() {
    RoiQuantities q = RoiQuantities.against(JAN, 100, 10, 10, 10);
    IncrementalSeries benefit =
        new IncrementalSeries(
            List.of(JAN.plusMonths(2), JAN.plusMonths(3), JAN.plusMonths(4)),
            new double[] {30, 40, 50});

    assertThat(q.netFlows(benefit)).containsExactly(-100, -10, 20, 30, 50);
  }

  @Test
  void derived_onIts_pointEstimatesEqualFinanceFunctionsOnTheMeasuredSeries() {
    SyntheticPanel data = SyntheticPanel.generate(new int[] {36}, 0, 48, 10, 0.5, 3, 2);
    RoiQuantities q = RoiQuantities.against(SyntheticPanel.START.plusMonths(35), 200, 20, 20, 20);

    ItsResult result =
        InterruptedTimeSeries.estimate(
            data.panel,
            ItsOptions.defaults(),
            BootstrapSettings.seeded(5),
            List.of(q.roi(), q.npv(0.01), q.irr()));

    double[] flows = q.netFlows(result.incremental());
    DerivedInterval npv = result.derived().get(1);
    assertThat(npv.name()).isEqualTo("npv");
    assertThat(npv.interval().orElseThrow().estimate())
        .isCloseTo(PresentValue.npv(0.01, flows), within(1e-9));
    assertThat(npv.interval().orElseThrow().lower()).isLessThan(npv.interval().get().upper());
    assertThat(result.derived().get(2).interval().orElseThrow().estimate())
        .isCloseTo(RateOfReturn.irr(flows), within(1e-9));
    assertThat(result.derived().get(0).undefinedReplicates()).isZero();
  }

  @Test
  void derived_irrWithoutSignChange_countedInEveryReplicateNotThrown() {
    double[] y = new double[30];
    for (int t = 0; t < y.length; t++) {
      y[t] = 50 + t + (t >= 24 ? 10 : 0);
    }
    Panel panel = Panel.of(JAN, List.of(UnitSeries.treated("a", JAN.plusMonths(24), y)));
    RoiQuantities noCosts = RoiQuantities.against(JAN.plusMonths(24), 0);

    ItsResult result =
        InterruptedTimeSeries.estimate(
            panel, ItsOptions.defaults(), BootstrapSettings.seeded(1), List.of(noCosts.irr()));

    DerivedInterval irr = result.derived().get(0);
    assertThat(irr.interval()).isEmpty();
    assertThat(irr.undefinedReplicates()).isEqualTo(999);
    assertThat(irr.firstUndefinedReason().orElseThrow()).contains("sign change");
  }

  @Test
  void estimate_sameSeed_identicalItsResults() {
    SyntheticPanel data = SyntheticPanel.generate(new int[] {30, 33}, 0, 40, 10, 0.5, 3, 8);

    ItsResult first =
        InterruptedTimeSeries.estimate(
            data.panel, ItsOptions.defaults(), BootstrapSettings.seeded(77), List.of());
    ItsResult second =
        InterruptedTimeSeries.estimate(
            data.panel, ItsOptions.defaults(), BootstrapSettings.seeded(77), List.of());
    ItsResult other =
        InterruptedTimeSeries.estimate(
            data.panel, ItsOptions.defaults(), BootstrapSettings.seeded(78), List.of());

    assertThat(second).isEqualTo(first);
    assertThat(other.total().lower()).isNotEqualTo(first.total().lower());
  }
}
