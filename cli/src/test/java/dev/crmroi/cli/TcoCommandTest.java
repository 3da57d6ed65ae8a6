package dev.crmroi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TcoCommandTest {
  @TempDir Path dir;
  Path db;

  @BeforeEach
  void demoStore() {
    db = dir.resolve("crm-roi.duckdb");
    assertThat(CliRun.of("demo", "--out", dir.toString(), "--quiet").exitCode()).isZero();
  }

  @Test
  void tcoJson_totalsAddUpAcrossCategoriesYearsAndMonths() {
    CliRun run = CliRun.of("tco", "--db", db.toString(), "--format", "json");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("\"currency\" : \"USD\"")
        .contains("\"by_category\"")
        .contains("\"by_year\"")
        .contains("\"licence\"")
        .contains("\"to\" : \"2025-12-31\"");
  }

  @Test
  void tcoTable_lastRowIsTheTotal() {
    CliRun run =
        CliRun.of("tco", "--db", db.toString(), "--from", "2024-01-01", "--to", "2024-12-31");

    assertThat(run.out()).contains("Total cost of ownership 2024-01-01 to 2024-12-31 (USD)");
    assertThat(run.out().strip().lines().reduce((a, b) -> b).orElse("")).startsWith("total");
  }

  @Test
  void otherReportingCurrencyThanTheStore_usageErrorSayingSo() {
    CliRun run = CliRun.of("tco", "--db", db.toString(), "--currency", "EUR");

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err())
        .contains("holds amounts converted to USD but the reporting currency asked for is EUR");
  }

  @Test
  void toBeforeFrom_usageError() {
    CliRun run =
        CliRun.of("tco", "--db", db.toString(), "--from", "2025-01-01", "--to", "2024-01-01");

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
  }
}
