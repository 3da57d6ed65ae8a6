package dev.crmroi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code crm-roi quality} against a real store file prepared by {@code crm-roi import}. */
class QualityCommandTest {
  @TempDir static Path dir;
  private static Path db;

  @BeforeAll
  static void importExport() throws IOException {
    Path export = Files.createDirectories(dir.resolve("export"));
    Files.writeString(
        export.resolve("accounts.csv"),
        "account_id,name,industry,region,segment\n"
            + "a1,Acme Inc.,retail,EMEA,smb\n"
            + "a2,ACME Corporation,retail,EMEA,smb\n"
            + "a3,Beta GmbH,,NA,ent\n");
    Files.writeString(
        export.resolve("opportunities.csv"),
        "opportunity_id,created_at,account_id,stage,closed_at,amount,currency\n"
            + "o1,2024-01-01,a1,won,2024-01-31,1000,USD\n"
            + "o2,2024-01-10,a9,lost,2023-12-15,500,USD\n"
            + "o3,2024-02-19,a2,won,2024-03-10,,USD\n"
            + "o4,2024-02-19,a2,maybe,2024-03-10,10,USD\n");
    db = dir.resolve("crm.duckdb");
    CliRun r = CliRun.of("--db", db.toString(), "import", export.toString(), "--quiet");
    assertThat(r.exitCode()).as(r.err()).isZero();
  }

  @Test
  void quality_json_hasTheDocumentedShape() throws IOException {
    CliRun r = CliRun.of("quality", "--db", db.toString(), "--format", "json", "--fail-below", "0");
    assertThat(r.exitCode()).as(r.err()).isZero();
    JsonNode root = new ObjectMapper().readTree(r.out());
    assertThat(root.get("score").asDouble()).isBetween(0.0, 100.0);
    JsonNode accounts = root.get("tables").get(0);
    assertThat(accounts.get("table").asText()).isEqualTo("accounts");
    assertThat(accounts.fieldNames())
        .toIterable()
        .contains(
            "table",
            "rows",
            "completeness",
            "validity",
            "duplicates",
            "orphans",
            "freshness_days",
            "score");
    assertThat(accounts.get("duplicates").get("fuzzy").asLong()).isEqualTo(1);
    JsonNode group = root.get("duplicate_groups").get(0);
    assertThat(group.get("table").asText()).isEqualTo("accounts");
    assertThat(group.get("ids").toString()).isEqualTo("[\"a1\",\"a2\"]");
    assertThat(group.get("reason").asText()).contains("legal form");
    assertThat(root.get("issues").get(0).fieldNames())
        .toIterable()
        .contains("table", "column", "kind", "count", "examples");
  }

  @Test
  void quality_scoreBelowFailBelow_exitsOne() {
    CliRun r = CliRun.of("quality", "--db", db.toString(), "--fail-below", "100");
    assertThat(r.exitCode()).isEqualTo(ExitCode.GATE_FAILED);
    assertThat(r.out()).contains("BELOW");
  }

  @Test
  void quality_scoreAboveFailBelow_exitsZeroAndListsIssuesAndRejects() {
    CliRun r = CliRun.of("quality", "--db", db.toString(), "--fail-below", "1");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("Top issues")
        .contains("orphan_reference")
        .contains("Rows rejected by the last import: 1");
  }

  @Test
  void quality_export_writesOneCsvPerProblemKind() throws IOException {
    Path out = dir.resolve("lists");
    CliRun r = CliRun.of("quality", "--db", db.toString(), "--export", out.toString());
    assertThat(r.exitCode()).as(r.err()).isIn(0, 1);
    assertThat(Files.readAllLines(out.resolve("orphan_reference.csv")))
        .containsExactly("table,column,record_id", "opportunities,account_id,o2");
    assertThat(Files.readAllLines(out.resolve("closed_before_created.csv")))
        .containsExactly("table,column,record_id", "opportunities,closed_at,o2");
  }

  @Test
  void quality_history_listsPastRuns() throws IOException {
    CliRun.of("quality", "--db", db.toString(), "--fail-below", "0");
    CliRun r = CliRun.of("quality", "--db", db.toString(), "--history", "--format", "json");
    assertThat(r.exitCode()).as(r.err()).isZero();
    JsonNode runs = new ObjectMapper().readTree(r.out()).get("runs");
    assertThat(runs.size()).isGreaterThanOrEqualTo(1);
    assertThat(runs.get(0).get("score").asDouble()).isBetween(0.0, 100.0);
    assertThat(runs.get(0).get("import_id").asLong()).isEqualTo(1);
  }
}
