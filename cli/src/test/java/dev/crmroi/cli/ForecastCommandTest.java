package dev.crmroi.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code crm-roi forecast} on an imported history: at 2024-04-01 the only learned rate is 4 won of
 * 10 new deals open at 2024-01-01 (0.4); the pipeline then is p1 (2,000) and the in-quarter
 * business is n (600) in 2024-Q1 and none in 2023-Q4, a mean of 300; so the 2024-Q2 forecast is 0.4
 * × 2,000 + 300 = 1,100; p1 is won in 2024-Q2, so the actual is 2,000 (error −45%).
 */
class ForecastCommandTest {
  @TempDir static Path dir;
  private static String db;

  @BeforeAll
  static void importExport() throws IOException {
    Path export = Files.createDirectories(dir.resolve("export"));
    StringBuilder csv =
        new StringBuilder("opportunity_id,created_at,stage,closed_at,type,amount,currency\n");
    for (int i = 0; i < 10; i++) {
      csv.append(
          "h" + i + ",2023-12-20," + (i < 4 ? "won" : "lost") + ",2024-02-01,new,1000,USD\n");
    }
    csv.append("n,2024-01-10,won,2024-03-01,new,600,USD\n");
    csv.append("p1,2024-03-20,won,2024-05-01,new,2000,USD\n");
    csv.append("x,2024-07-05,open,,new,1,USD\n");
    Files.writeString(export.resolve("opportunities.csv"), csv.toString());
    db = dir.resolve("crm.duckdb").toString();
    CliRun r = CliRun.of("--db", db, "import", export.toString(), "--quiet");
    assertThat(r.exitCode()).as(r.err()).isZero();
  }

  @Test
  void forecast_jsonQ3_backtestOfQ2AsWorkedOut() throws IOException {
    CliRun r = CliRun.of("forecast", "--db", db, "--quarter", "2024-Q3", "--format", "json");

    assertThat(r.exitCode()).as(r.err()).isZero();
    JsonNode root = new ObjectMapper().readTree(r.out());
    assertThat(root.get("quarter").asText()).isEqualTo("2024-Q3");
    JsonNode q2 = root.get("backtest").get(0);
    assertThat(q2.get("quarter").asText()).isEqualTo("2024-Q2");
    assertThat(q2.get("forecast").asDouble()).isCloseTo(1100, within(1e-9));
    assertThat(q2.get("actual").asDouble()).isEqualTo(2000);
    assertThat(root.get("mape").asDouble()).isCloseTo(0.45, within(1e-12));
    assertThat(root.get("bias").asDouble()).isCloseTo(-0.45, within(1e-12));
  }

  @Test
  void forecast_table_showsTotalLine() {
    CliRun r = CliRun.of("forecast", "--db", db, "--quarter", "2024-Q2");

    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("Revenue forecast for 2024-Q2 (USD)");
    assertThat(r.out()).contains("pipeline 800 + in-quarter business 300 = forecast 1,100");
  }

  @Test
  void forecast_monthGiven_isUsageError() {
    CliRun r = CliRun.of("forecast", "--db", db, "--quarter", "2024-05");

    assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).contains("--quarter must be a quarter such as 2025-Q1 but was 2024-05");
  }
}
