package dev.crmroi.core.causal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeadlineRuleTest {

  private static final YearMonth JAN = YearMonth.of(2024, 1);
  private static final double[] Y = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};

  @Test
  void choose_staggeredGoLivesWithControl_picksDidAndSaysWhy() {
    HeadlineChoice choice =
        HeadlineRule.choose(
            panel(
                UnitSeries.treated("a", JAN.plusMonths(6), Y),
                UnitSeries.treated("b", JAN.plusMonths(8), Y),
                UnitSeries.control("c", Y)));

    assertThat(choice.estimator()).isEqualTo(EstimatorKind.STAGGERED_DID);
    assertThat(choice.reason())
        .isEqualTo(
            "staggered difference-in-differences: 2 treated units with 2 different go-live months"
                + " and 1 never-treated unit to compare with");
  }

  @Test
  void choose_oneTreatedUnitNoControls_picksItsAndNamesTheUnit() {
    HeadlineChoice choice =
        HeadlineRule.choose(panel(UnitSeries.treated("north", JAN.plusMonths(6), Y)));

    assertThat(choice.estimator()).isEqualTo(EstimatorKind.INTERRUPTED_TIME_SERIES);
    assertThat(choice.reason())
        .isEqualTo(
            "interrupted time series: only one unit ('north') went live, too few for"
                + " difference-in-differences, and no unit stayed untreated");
  }

  @Test
  void choose_allUnitsLiveSameMonthNoControl_picksIts() {
    HeadlineChoice choice =
        HeadlineRule.choose(
            panel(
                UnitSeries.treated("a", JAN.plusMonths(6), Y),
                UnitSeries.treated("b", JAN.plusMonths(6), Y)));

    assertThat(choice.estimator()).isEqualTo(EstimatorKind.INTERRUPTED_TIME_SERIES);
    assertThat(choice.reason()).contains("all 2 units went live in 2024-07");
  }

  @Test
  void choose_sameGoLiveWithNeverTreated_picksDid() {
    HeadlineChoice choice =
        HeadlineRule.choose(
            panel(
                UnitSeries.treated("a", JAN.plusMonths(6), Y),
                UnitSeries.treated("b", JAN.plusMonths(6), Y),
                UnitSeries.control("c", Y)));

    assertThat(choice.estimator()).isEqualTo(EstimatorKind.STAGGERED_DID);
  }

  @Test
  void choose_noTreatedUnit_isRejected() {
    assertThatThrownBy(() -> HeadlineRule.choose(panel(UnitSeries.control("c", Y))))
        .isInstanceOf(EstimationException.class)
        .hasMessage("no headline estimate: none of the 1 units has a go-live");
  }

  private static Panel panel(UnitSeries... units) {
    return Panel.of(JAN, List.of(units));
  }
}
