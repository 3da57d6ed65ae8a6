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
 * {@code crm-roi goals} on an imported store whose EMEA revenue won is 100, 200, 400 in January to
 * March 2024 (data end 2024-03-31): the trend 83.33 + 150 x forecasts 833.33 for June (x = 5).
 */
class GoalsCommandTest {
  @TempDir static Path dir;
  private static String db;
  private static String config;

  @BeforeAll
  static void importExport() throws IOException {
    Path export = Files.createDirectories(dir.resolve("export"));
    Files.writeString(export.resolve("accounts.csv"), "account_id,region\ne,EMEA\nn,NA\n");
    Files.writeString(
        export.resolve("opportunities.csv"),
        "opportunity_id,created_at,account_id,stage,closed_at,amount,currency\n"
            + "1,2023-12-01,e,won,2024-01-15,100,USD\n"
            + "2,2023-12-01,e,won,2024-02-15,200,USD\n"
            + "3,2023-12-01,e,won,2024-03-15,400,USD\n"
            + "4,2023-12-01,n,lost,2024-03-31,5,USD\n");
    Path yaml = dir.resolve("crm-roi.yaml");
    Files.writeString(
        yaml,
        "goals:\n"
            + "  - {metric: revenue_won, target: 800, baseline: 100, deadline: 2024-06-30,"
            + " slice: \"region=EMEA\", owner: VP Sales}\n"
            + "  - {metric: revenue_won, target: 1300, deadline: 2024-06-30, slice: \"region=EMEA\"}\n");
    config = yaml.toString();
    db = dir.resolve("crm.duckdb").toString();
    CliRun r = CliRun.of("--db", db, "--config", config, "import", export.toString(), "--quiet");
    assertThat(r.exitCode()).as(r.err()).isZero();
  }

  @Test
  void goals_json_forecastProgressAndStatus() throws IOException {
    CliRun r = CliRun.of("goals", "--db", db, "--config", config, "--format", "json");

    assertThat(r.exitCode()).as(r.err()).isZero();
    JsonNode root = new ObjectMapper().readTree(r.out());
    assertThat(root.get("as_of").asText()).isEqualTo("2024-03");
    JsonNode first = root.get("goals").get(0);
    assertThat(first.get("current").asDouble()).isEqualTo(400);
    assertThat(first.get("progress").asDouble()).isCloseTo(3.0 / 7, within(1e-12));
    assertThat(first.get("forecast").asDouble()).isCloseTo(2500.0 / 3, within(1e-9));
    assertThat(first.get("status").asText()).isEqualTo("on track");
    assertThat(root.get("goals").get(1).get("status").asText()).isEqualTo("off track");
  }

  @Test
  void goals_table_oneRowPerGoal() {
    CliRun r = CliRun.of("goals", "--db", db, "--config", config);

    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("Goals with data to 2024-03");
    assertThat(r.out()).containsPattern("revenue_won\\s+region=EMEA\\s+VP Sales\\s+2024-06-30");
    assertThat(r.out()).contains("off track");
  }

  @Test
  void goals_noneConfigured_saysHowToAddThem() throws IOException {
    Path none = Files.writeString(dir.resolve("none.yaml"), "reporting_currency: USD\n");

    CliRun r = CliRun.of("goals", "--db", db, "--config", none.toString());

    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("No goals configured: add them under goals: in crm-roi.yaml");
  }
}
