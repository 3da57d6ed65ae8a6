package dev.crmroi.core.causal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class PanelTest {

  private static final YearMonth JAN = YearMonth.of(2023, 1);
  private static final double NA = Double.NaN;

  @Test
  void of_validPanel_exposesUnitsMonthsAndGoLive() {
    Panel panel =
        Panel.of(
            JAN,
            List.of(
                UnitSeries.treated("north", YearMonth.of(2023, 3), 1, 2, 3, 4),
                UnitSeries.control("south", 5, NA, 7, 8)));

    assertThat(panel.units()).containsExactly("north", "south");
    assertThat(panel.months()).hasSize(4).endsWith(YearMonth.of(2023, 4));
    assertThat(panel.goLive(0)).contains(YearMonth.of(2023, 3));
    assertThat(panel.goLive(1)).isEmpty();
    assertThat(panel.treatedUnits()).containsExactly(0);
    assertThat(panel.outcome(1, 1)).isNaN();
    assertThat(panel.monthIndex(YearMonth.of(2023, 4))).isEqualTo(3);
  }

  @Test
  void of_unitWithAllOutcomesMissing_namesTheUnit() {
    assertThatThrownBy(
            () ->
                Panel.of(
                    JAN,
                    List.of(
                        UnitSeries.control("north", 1, 2, 3),
                        UnitSeries.control("east", NA, NA, NA))))
        .isInstanceOf(EstimationException.class)
        .hasMessage("unit 'east' has no outcome data: all 3 months are missing");
  }

  @Test
  void of_goLiveAfterDataEnds_namesGoLiveAndLastMonth() {
    assertThatThrownBy(
            () -> Panel.of(JAN, List.of(UnitSeries.treated("east", YearMonth.of(2023, 5), 1, 2))))
        .isInstanceOf(EstimationException.class)
        .hasMessage("go-live 2023-05 of unit 'east' is after the data ends in 2023-02");
  }

  @Test
  void of_goLiveInFirstMonth_reportsNoPrePeriod() {
    assertThatThrownBy(() -> Panel.of(JAN, List.of(UnitSeries.treated("east", JAN, 1, 2))))
        .isInstanceOf(EstimationException.class)
        .hasMessage(
            "go-live 2023-01 of unit 'east' leaves no pre-period: the data start in 2023-01");
  }

  @Test
  void of_noObservedMonthFromGoLive_reportsEmptyPostPeriod() {
    assertThatThrownBy(
            () ->
                Panel.of(JAN, List.of(UnitSeries.treated("east", YearMonth.of(2023, 3), 1, 2, NA))))
        .isInstanceOf(EstimationException.class)
        .hasMessageContaining("unit 'east' has an empty post period");
  }

  @Test
  void of_seriesOfDifferentLength_namesUnitAndLengths() {
    assertThatThrownBy(
            () ->
                Panel.of(
                    JAN, List.of(UnitSeries.control("a", 1, 2, 3), UnitSeries.control("b", 1, 2))))
        .isInstanceOf(EstimationException.class)
        .hasMessage("outcome of unit 'b' must have 3 months but had 2");
  }

  @Test
  void of_duplicateUnit_isRejected() {
    assertThatThrownBy(
            () ->
                Panel.of(
                    JAN, List.of(UnitSeries.control("a", 1, 2), UnitSeries.control("a", 3, 4))))
        .isInstanceOf(EstimationException.class)
        .hasMessage("unit id must be unique but 'a' appears twice");
  }

  @Test
  void of_infiniteOutcome_namesUnitAndMonth() {
    assertThatThrownBy(
            () -> Panel.of(JAN, List.of(UnitSeries.control("a", 1, Double.POSITIVE_INFINITY, 3))))
        .isInstanceOf(EstimationException.class)
        .hasMessage("outcome of unit 'a' in 2023-02 is Infinity");
  }

  @Test
  void of_covariatesDifferBetweenUnits_namesBothUnits() {
    assertThatThrownBy(
            () ->
                Panel.of(
                    JAN,
                    List.of(
                        UnitSeries.control("a", 1, 2).withCovariate("x", 1, 1),
                        UnitSeries.control("b", 1, 2))))
        .isInstanceOf(EstimationException.class)
        .hasMessage("unit 'b' has covariates [] but unit 'a' has [x]");
  }

  @Test
  void unitSeries_inputArrayChangedAfterwards_seriesUnchanged() {
    double[] values = {1, 2, 3};
    UnitSeries series = UnitSeries.control("a", values);
    values[0] = 99;

    assertThat(series.outcome()[0]).isEqualTo(1);
  }
}
