package dev.crmroi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code crm-roi kpi} against a real store file prepared by {@code crm-roi import}. */
class KpiCommandTest {
  @TempDir static Path dir;
  private static Path db;

  @BeforeAll
  static void importExport() throws IOException {
    Path export = Files.createDirectories(dir.resolve("export"));
    Files.writeString(
        export.resolve("accounts.csv"), "account_id,region,segment\na1,EMEA,SMB\na2,NA,ENT\n");
    // Q1 2024: EMEA o1 won 1000, o2 lost; NA o3 won 3000 → win rate 2/3, EMEA 1/2, NA 1/1.
    Files.writeString(
        export.resolve("opportunities.csv"),
        "opportunity_id,created_at,account_id,stage,closed_at,amount,currency\n"
            + "o1,2024-01-01,a1,won,2024-01-31,1000,USD\n"
            + "o2,2024-01-10,a1,lost,2024-02-15,500,USD\n"
            + "o3,2024-02-19,a2,won,2024-03-10,3000,USD\n"
            + "o4,2023-11-01,a2,won,2023-12-10,400,USD\n");
    db = dir.resolve("crm.duckdb");
    Result r = run("--db", db.toString(), "import", export.toString(), "--quiet");
    assertThat(r.code).as(r.err).isZero();
  }

  @Test
  void kpi_jsonByRegion_hasTheDocumentedShape() throws IOException {
    Result r =
        run(
            "kpi",
            "win_rate",
            "--db",
            db.toString(),
            "--period",
            "2024-Q1",
            "--by",
            "region",
            "--format",
            "json");
    assertThat(r.code).as(r.err).isZero();
    JsonNode root = new ObjectMapper().readTree(r.out);
    assertThat(root.get("period").asText()).isEqualTo("2024-Q1");
    assertThat(root.get("currency").asText()).isEqualTo("USD");
    JsonNode emea = root.get("kpis").get(0);
    assertThat(emea.fieldNames())
        .toIterable()
        .contains("id", "slice", "value", "numerator", "denominator", "unit", "n", "reason");
    assertThat(emea.get("id").asText()).isEqualTo("win_rate");
    assertThat(emea.get("slice").asText()).isEqualTo("EMEA");
    assertThat(emea.get("value").asDouble()).isEqualTo(0.5);
    assertThat(emea.get("numerator").asDouble()).isEqualTo(1);
    assertThat(emea.get("denominator").asDouble()).isEqualTo(2);
    assertThat(emea.get("n").asLong()).isEqualTo(2);
    assertThat(emea.get("reason").isNull()).isTrue();
  }

  @Test
  void kpi_missingTable_isNullValueWithReasonInJson() throws IOException {
    Result r = run("kpi", "csat", "--db", db.toString(), "--period", "2024", "--format", "json");
    JsonNode kpi = new ObjectMapper().readTree(r.out).get("kpis").get(0);
    assertThat(kpi.get("value").isNull()).isTrue();
    assertThat(kpi.get("reason").asText()).isEqualTo("no surveys imported");
  }

  @Test
  void kpi_comparePrevious_addsBaseValueAndChange() throws IOException {
    Result r =
        run(
            "kpi",
            "revenue_won",
            "--db",
            db.toString(),
            "--period",
            "2024-Q1",
            "--compare",
            "previous",
            "--format",
            "json");
    JsonNode root = new ObjectMapper().readTree(r.out);
    assertThat(root.get("compare_period").asText()).isEqualTo("2023-Q4");
    JsonNode kpi = root.get("kpis").get(0);
    assertThat(kpi.get("compare_value").asDouble()).isEqualTo(400);
    assertThat(kpi.get("change").asDouble()).isEqualTo(3600);
  }

  @Test
  void kpi_drillEmea_listsTheOpportunities() {
    Result r =
        run(
            "kpi",
            "win_rate",
            "--db",
            db.toString(),
            "--period",
            "2024-Q1",
            "--by",
            "region",
            "--drill",
            "EMEA",
            "--format",
            "csv");
    assertThat(r.code).as(r.err).isZero();
    assertThat(r.out.lines())
        .containsExactly(
            "table,id,at,numerator,denominator,observation",
            "opportunities,o1,2024-01-31 00:00:00,1.0,1.0,",
            "opportunities,o2,2024-02-15 00:00:00,0.0,1.0,");
  }

  @Test
  void kpi_seriesMonth_givesOneRowPerMonth() {
    Result r =
        run(
            "kpi",
            "revenue_won",
            "--db",
            db.toString(),
            "--period",
            "2024-Q1",
            "--series",
            "month",
            "--format",
            "csv");
    assertThat(r.out.lines()).hasSize(4);
    assertThat(r.out.lines().skip(1).map(l -> l.split(",")[3]))
        .containsExactly("1000.0", "0.0", "3000.0");
  }

  @Test
  void kpi_badPeriod_isUsageErrorNamingIt() {
    Result r = run("kpi", "--db", db.toString(), "--period", "2024-Q5");
    assertThat(r.code).isEqualTo(ExitCode.USAGE);
    assertThat(r.err).contains("'2024-Q5'");
  }

  @Test
  void kpi_unknownId_isUsageErrorListingKnownIds() {
    Result r = run("kpi", "winrate", "--db", db.toString());
    assertThat(r.code).isEqualTo(ExitCode.USAGE);
    assertThat(r.err).contains("unknown KPI 'winrate'").contains("win_rate");
  }

  @Test
  void kpi_table_showsNotAvailableWithReason() {
    Result r = run("kpi", "win_rate", "nps", "--db", db.toString(), "--period", "2024-Q1");
    assertThat(r.out).contains("0.6667").contains("n/a").contains("no surveys imported");
  }

  @Test
  void kpi_listJson_showsNotYetKpisWithTheirReason() throws IOException {
    Result r = run("kpi", "--list", "--format", "json");
    JsonNode kpis = new ObjectMapper().readTree(r.out).get("kpis");
    JsonNode roi = null;
    for (JsonNode k : kpis) {
      if (k.get("id").asText().equals("campaign_roi")) {
        roi = k;
      }
    }
    assertThat(roi).isNotNull();
    assertThat(roi.get("status").asText()).isEqualTo("not yet: needs the attribution models");
  }

  @Test
  void kpi_help_describesTheOptions() {
    Result r = run("kpi", "--help");
    assertThat(r.code).isZero();
    assertThat(r.out).contains("--period", "--by", "--compare", "--drill", "--series");
  }

  @Test
  void import_refreshesRollups_andKpiReadsTheSameWithoutThem() throws Exception {
    try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:duckdb:" + db);
        java.sql.ResultSet r =
            c.createStatement()
                .executeQuery("SELECT count(*) FROM kpi_rollups WHERE kpi_id = 'win_rate'")) {
      r.next();
      assertThat(r.getLong(1)).isPositive();
    }
    String[] args = {
      "kpi",
      "win_rate",
      "revenue_won",
      "--db",
      db.toString(),
      "--period",
      "2024-Q1",
      "--by",
      "region",
      "--format",
      "json"
    };
    Result rolled = run(args);
    Result raw =
        run(
            java.util.stream.Stream.concat(
                    java.util.Arrays.stream(args), java.util.stream.Stream.of("--no-rollups"))
                .toArray(String[]::new));

    assertThat(rolled.code).as(rolled.err).isZero();
    assertThat(raw.out).isEqualTo(rolled.out);
    assertThat(rolled.out).contains("\"value\" : 0.5");
  }

  private record Result(int code, String out, String err) {}

  private static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Result(code, out.toString(), err.toString());
  }
}
