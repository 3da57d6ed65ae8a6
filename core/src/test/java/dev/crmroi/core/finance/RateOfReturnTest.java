package dev.crmroi.core.finance;

import static dev.crmroi.core.finance.ReferenceMath.assertRelative;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class RateOfReturnTest {

  // Excel IRR documentation: initial cost, then net income for five years.
  private static final double[] FIVE_YEARS = {-70000, 12000, 15000, 18000, 21000, 26000};
  private static final double[] FOUR_YEARS = {-70000, 12000, 15000, 18000, 21000};
  private static final double[] TWO_YEARS = {-70000, 12000, 15000};

  // Excel MIRR documentation: loan of 120,000 and five years of income.
  private static final double[] MIRR_FIVE_YEARS = {-120000, 39000, 30000, 21000, 37000, 46000};
  private static final double[] MIRR_THREE_YEARS = {-120000, 39000, 30000, 21000};

  @Test
  void irr_excelFiveYears_isPublished8point66PercentAndExactRoot() {
    double actual = RateOfReturn.irr(FIVE_YEARS);

    assertThat(actual).isCloseTo(0.0866, within(0.00005));
    assertRelative(actual, ReferenceMath.irr(0.08, 0.09, FIVE_YEARS));
  }

  @Test
  void irr_excelFourYears_isPublishedMinus2point12Percent() {
    double actual = RateOfReturn.irr(FOUR_YEARS);

    assertThat(actual).isCloseTo(-0.0212, within(0.00005));
    assertRelative(actual, ReferenceMath.irr(-0.03, -0.02, FOUR_YEARS));
  }

  @Test
  void irr_excelTwoYearsWithoutGuess_isPublishedMinus44point35Percent() {
    double actual = RateOfReturn.irr(TWO_YEARS);

    assertThat(actual).isCloseTo(-0.4435, within(0.00005));
    assertRelative(actual, ReferenceMath.irr(-0.45, -0.44, TWO_YEARS));
  }

  @Test
  void irr_excelFiveYears_npvAtRootIsZeroInExactArithmetic() {
    double rate = RateOfReturn.irr(FIVE_YEARS);

    double npv = ReferenceMath.npv(new java.math.BigDecimal(rate), FIVE_YEARS).doubleValue();

    assertThat(Math.abs(npv)).isLessThan(1e-9 * 70000);
  }

  @Test
  void xirr_excelDocumentExample_matchesPublishedFigureAndIndependentRoot() {
    List<DatedCashFlow> flows = PresentValueTest.EXCEL_XNPV_FLOWS;

    double actual = RateOfReturn.xirr(flows);

    // Excel publishes 0.373362535 (37.34%); its iteration stops within ~2e-9 of the true root.
    assertThat(actual).isCloseTo(0.373362535, within(2e-9));
    assertRelative(actual, ReferenceMath.xirr(0.3, 0.4, flows));
  }

  @Test
  void xirr_excelDocumentExample_xnpvAtRootBelowMillionthOfLargestFlow() {
    List<DatedCashFlow> flows = PresentValueTest.EXCEL_XNPV_FLOWS;

    double rate = RateOfReturn.xirr(flows);

    assertThat(Math.abs(ReferenceMath.xnpv(rate, flows))).isLessThan(1e-6 * 10000);
    assertThat(Math.abs(PresentValue.xnpv(rate, flows))).isLessThan(1e-6 * 10000);
  }

  @Test
  void mirr_excelFiveYears_isPublished12point61PercentAndExactDefinition() {
    double actual = RateOfReturn.mirr(MIRR_FIVE_YEARS, 0.10, 0.12);

    assertThat(actual).isCloseTo(0.1261, within(0.00005));
    assertRelative(actual, ReferenceMath.mirr(MIRR_FIVE_YEARS, "0.10", "0.12"));
  }

  @Test
  void mirr_excelThreeYears_isPublishedMinus4point80Percent() {
    double actual = RateOfReturn.mirr(MIRR_THREE_YEARS, 0.10, 0.12);

    assertThat(actual).isCloseTo(-0.0480, within(0.00005));
    assertRelative(actual, ReferenceMath.mirr(MIRR_THREE_YEARS, "0.10", "0.12"));
  }

  @Test
  void mirr_excelFiveYearsReinvestAt14Percent_isPublished13point48Percent() {
    double actual = RateOfReturn.mirr(MIRR_FIVE_YEARS, 0.10, 0.14);

    assertThat(actual).isCloseTo(0.1348, within(0.00005));
    assertRelative(actual, ReferenceMath.mirr(MIRR_FIVE_YEARS, "0.10", "0.14"));
  }

  @Test
  void irr_twoSignChangesWithRoots10And20Percent_errorListsBothRoots() {
    assertThatThrownBy(() -> RateOfReturn.irr(-100, 230, -132))
        .isInstanceOf(FinanceException.class)
        .hasMessage("IRR is not unique: the cash flows have 2 rates where NPV is zero: 0.1, 0.2");
  }

  @Test
  void irr_allFlowsPositive_errorSaysNoSignChange() {
    assertThatThrownBy(() -> RateOfReturn.irr(100, 230, 132))
        .isInstanceOf(FinanceException.class)
        .hasMessage(
            "IRR needs a sign change in the cash flows but they were all >= 0 (3 flows),"
                + " so NPV is never zero");
  }

  @Test
  void irr_allFlowsZero_errorSaysAllZero() {
    assertThatThrownBy(() -> RateOfReturn.irr(0, 0, 0))
        .isInstanceOf(FinanceException.class)
        .hasMessageContaining("they were all zero (3 flows)");
  }

  @Test
  void irr_singleFlow_errorSaysNoSignChange() {
    assertThatThrownBy(() -> RateOfReturn.irr(-100))
        .isInstanceOf(FinanceException.class)
        .hasMessageContaining("needs a sign change")
        .hasMessageContaining("all <= 0 (1 flows)");
  }

  @Test
  void irr_rootBelowScannedRange_errorSaysCannotBeBracketed() {
    // IRR = 1e-9 / 100 - 1, closer to -1 than the scan goes.
    assertThatThrownBy(() -> RateOfReturn.irr(-100, 1e-9))
        .isInstanceOf(FinanceException.class)
        .hasMessage(
            "IRR cannot be bracketed: NPV does not change sign for rates in (-0.999999, 999999)");
  }

  @Test
  void irr_rootAtZeroRate_foundExactly() {
    assertThat(RateOfReturn.irr(-100, 50, 50)).isEqualTo(0.0);
  }

  @Test
  void irr_longMonthlyStreamWithLargeRate_doesNotOverflow() {
    double[] flows = new double[361];
    flows[0] = -1000;
    java.util.Arrays.fill(flows, 1, flows.length, 500);

    double actual = RateOfReturn.irr(flows);

    assertRelative(actual, ReferenceMath.irr(0.49, 0.51, flows));
  }

  @Test
  void xirr_dateBeforeFirstDate_rejected() {
    List<DatedCashFlow> flows =
        List.of(DatedCashFlow.of("2009-01-01", -100), DatedCashFlow.of("2008-12-31", 120));

    assertThatThrownBy(() -> RateOfReturn.xirr(flows))
        .isInstanceOf(FinanceException.class)
        .hasMessageContaining("must not precede the first date 2009-01-01");
  }

  @Test
  void xirr_noSignChange_errorNamesXirr() {
    List<DatedCashFlow> flows =
        List.of(DatedCashFlow.of("2009-01-01", -100), DatedCashFlow.of("2009-12-31", -120));

    assertThatThrownBy(() -> RateOfReturn.xirr(flows))
        .isInstanceOf(FinanceException.class)
        .hasMessageStartingWith("XIRR needs a sign change");
  }

  @Test
  void mirr_noPositiveFlow_errorSaysSo() {
    assertThatThrownBy(() -> RateOfReturn.mirr(new double[] {-1, -2}, 0.1, 0.1))
        .isInstanceOf(FinanceException.class)
        .hasMessage(
            "MIRR needs at least one positive and one negative cash flow but flows were"
                + " all <= 0 (2 flows)");
  }

  @Test
  void mirr_reinvestRateMinusTwo_rejectedNamingIt() {
    assertThatThrownBy(() -> RateOfReturn.mirr(MIRR_FIVE_YEARS, 0.1, -2))
        .isInstanceOf(FinanceException.class)
        .hasMessage("reinvest rate must be > -1 and finite but was -2.0");
  }

  @Test
  void irr_zeroPeriodsBeforeAndAfter_sameRateAndNoFalseRootsNearMinusOne() {
    double[] flows = new double[100];
    flows[30] = -100;
    flows[31] = 150;

    assertThat(RateOfReturn.irr(flows)).isCloseTo(0.5, within(1e-15));
  }

  @Test
  void xirr_zeroAmountsDecadesAway_sameRateAndNoFalseRoots() {
    List<DatedCashFlow> flows =
        List.of(
            DatedCashFlow.of("2000-01-01", 0),
            DatedCashFlow.of("2030-01-01", -100),
            DatedCashFlow.of("2031-01-01", 150),
            DatedCashFlow.of("2090-01-01", 0));

    assertRelative(RateOfReturn.xirr(flows), ReferenceMath.xirr(0.4, 0.6, flows.subList(1, 3)));
  }

  @Test
  void irr_twelveRoots_errorListsTenAndCountsTheRest() {
    // Coefficients of Π (v − 1/(1 + r_k)) for r_k = 0.0, 0.1, …, 1.1, lowest power first.
    double[] flows = {1};
    for (int k = 0; k < 12; k++) {
      double root = 1 / (1 + k / 10.0);
      double[] next = new double[flows.length + 1];
      for (int i = 0; i < flows.length; i++) {
        next[i] -= root * flows[i];
        next[i + 1] += flows[i];
      }
      flows = next;
    }
    double[] stream = flows;

    assertThatThrownBy(() -> RateOfReturn.irr(stream))
        .isInstanceOf(FinanceException.class)
        .hasMessageStartingWith(
            "IRR is not unique: the cash flows have 12 rates where NPV is zero: ")
        .hasMessageEndingWith(" and 2 more");
  }

  @Test
  void xirr_allFlowsOnOneDay_errorNamesTheDay() {
    List<DatedCashFlow> flows =
        List.of(DatedCashFlow.of("2020-01-01", -100), DatedCashFlow.of("2020-01-01", 100));

    assertThatThrownBy(() -> RateOfReturn.xirr(flows))
        .isInstanceOf(FinanceException.class)
        .hasMessage(
            "XIRR needs cash flows on at least two different dates but all were on 2020-01-01");
  }
}
