package dev.crmroi.core.causal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class MeasuredEffectTest {

  private static final BootstrapSettings SEEDED = BootstrapSettings.seeded(3);

  @Test
  void estimate_staggeredPanel_didHeadlineWithItsAndNaiveBeside() {
    SyntheticPanel data = SyntheticPanel.generate(new int[] {24, 24, 30, 30}, 2, 40, 10, 0.5, 2, 4);

    EffectReport report =
        MeasuredEffect.estimate(data.panel, ItsOptions.defaults(), SEEDED, List.of());

    assertThat(report.headline().estimator()).isEqualTo(EstimatorKind.STAGGERED_DID);
    assertThat(report.did()).isPresent();
    assertThat(report.its()).isPresent();
    assertThat(report.naive().units()).hasSize(4);
  }

  @Test
  void estimate_didHeadlineButShortPrePeriod_itsMissingWithReason() {
    SyntheticPanel data = SyntheticPanel.generate(new int[] {4, 8}, 1, 14, 10, 0, 1, 4);

    EffectReport report =
        MeasuredEffect.estimate(data.panel, ItsOptions.defaults(), SEEDED, List.of());

    assertThat(report.did()).isPresent();
    assertThat(report.its()).isEmpty();
    assertThat(report.itsUnavailable())
        .contains(
            "unit 'u0' has 4 observed pre-period months but the interrupted time series needs at"
                + " least 6");
  }

  @Test
  void estimate_oneTreatedUnitNoControls_itsHeadlineAndNoDid() {
    SyntheticPanel data = SyntheticPanel.generate(new int[] {24}, 0, 30, 10, 0, 1, 4);

    EffectReport report =
        MeasuredEffect.estimate(data.panel, ItsOptions.defaults(), SEEDED, List.of());

    assertThat(report.headline().estimator()).isEqualTo(EstimatorKind.INTERRUPTED_TIME_SERIES);
    assertThat(report.did()).isEmpty();
    assertThat(report.its().orElseThrow().total().contains(data.trueTotal)).isTrue();
  }

  @Test
  void estimate_itsHeadlineWithShortPrePeriod_throwsNamingTheUnit() {
    Panel panel =
        Panel.of(
            YearMonth.of(2024, 1),
            List.of(UnitSeries.treated("solo", YearMonth.of(2024, 4), 1, 2, 3, 4, 5, 6)));

    assertThatThrownBy(
            () -> MeasuredEffect.estimate(panel, ItsOptions.defaults(), SEEDED, List.of()))
        .isInstanceOf(EstimationException.class)
        .hasMessageContaining("unit 'solo' has 3 observed pre-period months");
  }
}
