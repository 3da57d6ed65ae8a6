package dev.crmroi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FinCommandTest {
  @Test
  void irr_excelExample_printsRate() {
    CliRun run =
        CliRun.of("fin", "irr", "--", "-70000", "12000", "15000", "18000", "21000", "26000");

    assertThat(run.exitCode()).isZero();
    assertThat(Double.parseDouble(run.out().trim())).isCloseTo(0.0866309480, within());
  }

  @Test
  void npvExcelConvention_json_hasFunctionAndValue() {
    CliRun run =
        CliRun.of(
            "fin",
            "npv",
            "--rate",
            "0.1",
            "--excel",
            "--format",
            "json",
            "--",
            "-10000",
            "3000",
            "4200",
            "6800");

    assertThat(run.out()).contains("\"function\" : \"npv_excel\"").contains("\"value\" : 1188.44");
  }

  @Test
  void xirr_datedFlows() {
    CliRun run =
        CliRun.of(
            "fin",
            "xirr",
            "2008-01-01=-10000",
            "2008-03-01=2750",
            "2008-10-30=4250",
            "2009-02-15=3250",
            "2009-04-01=2750");

    assertThat(Double.parseDouble(run.out().trim())).isCloseTo(0.3733625335, within());
  }

  @Test
  void irrWithoutSignChange_exit65SayingWhy() {
    CliRun run = CliRun.of("fin", "irr", "--", "100", "200");

    assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_DATA);
    assertThat(run.err()).contains("IRR needs a sign change");
  }

  @Test
  void paybackNeverReached_saysNever() {
    CliRun run = CliRun.of("fin", "payback", "--", "-100", "10", "10");

    assertThat(run.out().trim()).isEqualTo("never");
  }

  @Test
  void flowThatIsNotANumber_usageError() {
    CliRun run = CliRun.of("fin", "irr", "--", "-100", "abc");

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("cash flow 'abc' is not a number");
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(1e-9);
  }
}
