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

/**
 * {@code crm-roi adoption} on an imported store: in 2024-Q1 u1 logs 2 calls on o1 and closes it (3
 * + 3 + 2 + 10) and owns o1 and a1, both complete (+ 2) = 20; u2 logs one meeting (5).
 */
class AdoptionCommandTest {
  @TempDir static Path dir;
  private static String db;

  @BeforeAll
  static void importExport() throws IOException {
    Path export = Files.createDirectories(dir.resolve("export"));
    Files.writeString(
        export.resolve("users.csv"),
        "user_id,name,role,team,region\nu1,Ann,sales,A,EMEA\nu2,Bo,sales,B,NA\n");
    Files.writeString(
        export.resolve("accounts.csv"), "account_id,industry,region,owner_id\na1,Tech,EMEA,u1\n");
    Files.writeString(
        export.resolve("opportunities.csv"),
        "opportunity_id,created_at,account_id,owner_id,stage,closed_at,type,amount,currency\n"
            + "o1,2024-01-01,a1,u1,won,2024-02-01,new,100,USD\n");
    Files.writeString(
        export.resolve("activities.csv"),
        "activity_id,type,occurred_at,user_id,opportunity_id\n"
            + "x1,call,2024-01-02,u1,o1\nx2,call,2024-01-03,u1,o1\nx3,meeting,2024-03-01,u2,\n");
    db = dir.resolve("crm.duckdb").toString();
    CliRun r = CliRun.of("--db", db, "import", export.toString(), "--quiet");
    assertThat(r.exitCode()).as(r.err()).isZero();
  }

  @Test
  void adoption_table_ranksUsersWithPoints() {
    CliRun r = CliRun.of("adoption", "--db", db, "--period", "2024-Q1");

    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("CRM adoption leaderboard for 2024-Q1 (2 users)");
    assertThat(r.out()).containsPattern("1  Ann\\s+A\\s+20\\s");
    assertThat(r.out()).containsPattern("2  Bo\\s+B\\s+5\\s");
  }

  @Test
  void adoption_jsonByTeam_hasTeamsAndWeights() throws IOException {
    CliRun r =
        CliRun.of(
            "adoption", "--db", db, "--period", "2024-Q1", "--by", "team", "--format", "json");

    assertThat(r.exitCode()).as(r.err()).isZero();
    JsonNode root = new ObjectMapper().readTree(r.out());
    assertThat(root.get("weights").get("call").asDouble()).isEqualTo(3);
    JsonNode first = root.get("teams").get(0);
    assertThat(first.get("team").asText()).isEqualTo("A");
    assertThat(first.get("points_per_member").asDouble()).isEqualTo(20);
    assertThat(first.get("complete_share").asDouble()).isEqualTo(1);
  }

  @Test
  void adoption_byRegion_isUsageError() {
    CliRun r = CliRun.of("adoption", "--db", db, "--by", "region");

    assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).contains("--by must be team but was 'region'");
  }
}
