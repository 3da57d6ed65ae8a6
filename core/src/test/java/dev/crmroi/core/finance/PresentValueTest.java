package dev.crmroi.core.finance;

import static dev.crmroi.core.finance.ReferenceMath.assertRelative;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class PresentValueTest {

  // Excel NPV documentation, example 1: rate 10%, cost -10,000 then 3,000, 4,200, 6,800.
  private static final double[] EXCEL_NPV_FLOWS = {-10000, 3000, 4200, 6800};

  static final List<DatedCashFlow> EXCEL_XNPV_FLOWS =
      List.of(
          DatedCashFlow.of("2008-01-01", -10000),
          DatedCashFlow.of("2008-03-01", 2750),
          DatedCashFlow.of("2008-10-30", 4250),
          DatedCashFlow.of("2009-02-15", 3250),
          DatedCashFlow.of("2009-04-01", 2750));

  @Test
  void npvExcel_excelDocumentExample_matchesPublishedAndExactValue() {
    double exact = ReferenceMath.npv("0.1", EXCEL_NPV_FLOWS).doubleValue() / 1.1;

    double actual = PresentValue.npvExcel(0.1, EXCEL_NPV_FLOWS);

    assertThat(actual).isCloseTo(1188.44, within(0.005));
    assertRelative(actual, exact);
  }

  @Test
  void npv_excelDocumentExample_firstFlowUndiscountedIsExcelTimesOnePlusRate() {
    double exact = ReferenceMath.npv("0.1", EXCEL_NPV_FLOWS).doubleValue();

    double actual = PresentValue.npv(0.1, EXCEL_NPV_FLOWS);

    assertThat(actual).isCloseTo(1188.44 * 1.1, within(0.005 * 1.1));
    assertRelative(actual, exact);
  }

  @Test
  void npv_zeroRate_isPlainSum() {
    assertThat(PresentValue.npv(0, EXCEL_NPV_FLOWS)).isEqualTo(4000);
  }

  @Test
  void npv_singleFlow_isThatFlowUndiscounted() {
    assertThat(PresentValue.npv(0.25, -500)).isEqualTo(-500);
    assertThat(PresentValue.npvExcel(0.25, -500)).isEqualTo(-400);
  }

  @Test
  void xnpv_excelDocumentExample_matchesPublishedAndIndependentValue() {
    double actual = PresentValue.xnpv(0.09, EXCEL_XNPV_FLOWS);

    assertThat(actual).isCloseTo(2086.65, within(0.005));
    assertRelative(actual, ReferenceMath.xnpv(0.09, EXCEL_XNPV_FLOWS));
  }

  @Test
  void xnpv_laterDatesOutOfOrder_sameAsSorted() {
    List<DatedCashFlow> shuffled =
        List.of(
            EXCEL_XNPV_FLOWS.get(0),
            EXCEL_XNPV_FLOWS.get(3),
            EXCEL_XNPV_FLOWS.get(1),
            EXCEL_XNPV_FLOWS.get(4),
            EXCEL_XNPV_FLOWS.get(2));

    assertRelative(PresentValue.xnpv(0.09, shuffled), PresentValue.xnpv(0.09, EXCEL_XNPV_FLOWS));
  }

  @Test
  void xnpv_dateBeforeFirstDate_rejectedNamingTheDate() {
    List<DatedCashFlow> flows =
        List.of(DatedCashFlow.of("2008-03-01", -100), DatedCashFlow.of("2008-01-01", 120));

    assertThatThrownBy(() -> PresentValue.xnpv(0.1, flows))
        .isInstanceOf(FinanceException.class)
        .hasMessage(
            "date of cash flow 1 must not precede the first date 2008-03-01 but was 2008-01-01");
  }

  @Test
  void npv_rateMinusOne_rejectedNamingTheRate() {
    assertThatThrownBy(() -> PresentValue.npv(-1, EXCEL_NPV_FLOWS))
        .isInstanceOf(FinanceException.class)
        .hasMessage("discount rate must be > -1 and finite but was -1.0");
  }

  @Test
  void npvExcel_rateBelowMinusOne_rejectedNamingTheRate() {
    assertThatThrownBy(() -> PresentValue.npvExcel(-1.5, EXCEL_NPV_FLOWS))
        .isInstanceOf(FinanceException.class)
        .hasMessage("discount rate must be > -1 and finite but was -1.5");
  }

  @Test
  void npv_nanRate_rejected() {
    assertThatThrownBy(() -> PresentValue.npv(Double.NaN, EXCEL_NPV_FLOWS))
        .isInstanceOf(FinanceException.class)
        .hasMessageContaining("but was NaN");
  }

  @Test
  void npv_emptyFlows_rejected() {
    assertThatThrownBy(() -> PresentValue.npv(0.1))
        .isInstanceOf(FinanceException.class)
        .hasMessage("cash flows must not be empty");
  }

  @Test
  void npv_infiniteFlow_rejectedNamingItsIndex() {
    assertThatThrownBy(() -> PresentValue.npv(0.1, -1, Double.POSITIVE_INFINITY))
        .isInstanceOf(FinanceException.class)
        .hasMessage("cash flow 1 must be finite but was Infinity");
  }

  @Test
  void xnpv_emptyFlows_rejected() {
    assertThatThrownBy(() -> PresentValue.xnpv(0.1, List.of()))
        .isInstanceOf(FinanceException.class)
        .hasMessage("dated cash flows must not be empty");
  }

  @Test
  void datedCashFlow_nanAmount_rejectedNamingTheDate() {
    assertThatThrownBy(() -> DatedCashFlow.of("2020-02-29", Double.NaN))
        .isInstanceOf(FinanceException.class)
        .hasMessage("cash flow on 2020-02-29 must be finite but was NaN");
  }
}
