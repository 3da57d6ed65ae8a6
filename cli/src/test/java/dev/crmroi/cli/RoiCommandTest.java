package dev.crmroi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RoiCommandTest {
  @TempDir Path dir;
  Path db;
  Path config;

  @BeforeEach
  void demoStore() {
    assertThat(CliRun.of("demo", "--out", dir.toString(), "--quiet").exitCode()).isZero();
    db = dir.resolve("crm-roi.duckdb");
    config = dir.resolve("crm-roi.yaml");
  }

  @Test
  void roiJson_hasTheDocumentedShape() throws IOException {
    CliRun run =
        CliRun.of(
            "roi",
            "--db",
            db.toString(),
            "--config",
            config.toString(),
            "--replicates",
            "199",
            "--format",
            "json");

    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.path("currency").asText()).isEqualTo("USD");
    assertThat(json.path("horizon_months").asInt()).isEqualTo(36);
    assertThat(json.path("costs").path("total").asDouble()).isPositive();
    assertThat(json.path("costs").path("by_category").has("licence")).isTrue();
    assertThat(json.path("benefits")).hasSize(15);
    JsonNode first = json.path("benefits").get(0);
    assertThat(first.path("stream").asText()).isEqualTo("sales_effectiveness");
    assertThat(first.path("estimator").asText()).isEqualTo("naive");
    assertThat(json.path("benefits").get(2).path("ci95")).hasSize(2);
    for (String figure : new String[] {"roi", "npv", "irr", "payback_months"}) {
      assertThat(json.has(figure)).as(figure).isTrue();
      assertThat(json.path(figure).has("ci95")).as(figure).isTrue();
    }
    assertThat(json.path("estimators")).hasSize(3);
    assertThat(json.path("pre_trend_test").has("passed")).isTrue();
    assertThat(json.path("warnings").isArray()).isTrue();
    assertThat(json.path("projection").path("label").asText()).contains("projection");
  }

  @Test
  void roiTable_namesTheHeadlineEstimatorAndTheConfounders() {
    CliRun run =
        CliRun.of(
            "roi", "--db", db.toString(), "--config", config.toString(), "--replicates", "199");

    assertThat(run.out())
        .contains("Headline estimator: staggered difference-in-differences")
        .contains("naive (biased)")
        .contains("Confounders named in the configuration:")
        .contains("a projection, not a measurement");
  }

  @Test
  void goLiveAfterTheData_exit2WithTheReason() throws IOException {
    Path bad = Files.writeString(dir.resolve("bad.yaml"), "go_live:\n  NA: 2030-01-01\n");

    CliRun run = CliRun.of("roi", "--db", db.toString(), "--config", bad.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("unit 'NA' goes live in 2030-01, after the data ends");
  }
}
