package dev.crmroi.cli;

import static dev.crmroi.cli.CalcCommandTest.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code calc}'s simulation switches, reproducibility, flags and presets. */
class CalcSimulationTest {
  @TempDir Path dir;

  @Test
  void degenerateDistributions_giveTheDeterministicFigures() throws Exception {
    String fixed = Files.readString(Path.of(CalcCommandTest.QUICK));
    String degenerate =
        fixed
            .replace("reps: 12 ", "reps: {dist: triangular, min: 12, mode: 12, max: 12}")
            .replace(
                "monthly_cost_per_rep: 7500",
                "monthly_cost_per_rep: {dist: normal, mean: 7500, sd: 0}")
            .replace(
                "average_deal_revenue: 8000",
                "average_deal_revenue: {dist: lognormal, median: 8000, sigma: 0}")
            .replace("gross_margin: 0.45", "gross_margin: {dist: uniform, min: 0.45, max: 0.45}");
    assertThat(degenerate).contains("sigma: 0", "sd: 0", "mode: 12", "max: 0.45");

    JsonNode expected = json("calc", write("fixed.yaml", fixed), "--format", "json");
    JsonNode actual = json("calc", write("degenerate.yaml", degenerate), "--format", "json");

    assertThat(actual.get("base_case")).isEqualTo(expected.get("base_case"));
    double npv = expected.at("/base_case/npv").asDouble();
    assertThat(actual.at("/simulation/npv/p5").asDouble()).isCloseTo(npv, within(1e-6));
    assertThat(actual.at("/simulation/npv/p95").asDouble()).isCloseTo(npv, within(1e-6));
    assertThat(actual.at("/tornado/bars")).isEmpty();
  }

  @Test
  void simulateZero_noSimulationButTornado() throws Exception {
    JsonNode json = json("calc", CalcCommandTest.TEI, "--simulate", "0", "--format", "json");
    CliRun table = CliRun.of("calc", CalcCommandTest.TEI, "--simulate", "0");

    assertThat(json.get("simulation").isNull()).isTrue();
    assertThat(json.at("/tornado/bars")).isNotEmpty();
    assertThat(table.out())
        .contains("Monte Carlo: not run (--simulate 0).")
        .doesNotContain("P(ROI > 0)");
  }

  @Test
  void simulateN_setsTheDraws() throws Exception {
    JsonNode json = json("calc", CalcCommandTest.TEI, "--simulate", "500", "--format", "json");

    assertThat(json.at("/simulation/draws").asInt()).isEqualTo(500);
    assertThat(json.at("/simulation/seed").asLong()).isEqualTo(42);
  }

  @Test
  void sameSeed_identicalJson_otherSeed_differentDraws() {
    String[] args = {
      "calc", CalcCommandTest.VENDORS, "--simulate", "2000", "--seed", "9", "--format", "json"
    };
    CliRun first = CliRun.of(args);
    CliRun second = CliRun.of(args);
    args[5] = "10";
    CliRun other = CliRun.of(args);

    assertThat(first.exitCode()).isZero();
    assertThat(second.out()).isEqualTo(first.out());
    assertThat(other.out()).isNotEqualTo(first.out()).contains("\"seed\" : 10");
  }

  @Test
  void flags_matchingTheQuickExample_giveItsFigures() throws Exception {
    JsonNode file = json("calc", CalcCommandTest.QUICK, "--format", "json");
    JsonNode flags =
        json(
            "calc",
            "--reps",
            "12",
            "--rep-cost",
            "7500",
            "--deal-revenue",
            "8000",
            "--deals-per-rep",
            "1.5",
            "--margin",
            "0.45",
            "--win-rate-uplift",
            "0.08",
            "--deal-size-uplift",
            "0.03",
            "--cross-sell-uplift",
            "0.02",
            "--hours-saved",
            "2",
            "--price",
            "65",
            "--one-off",
            "25000",
            "--other-monthly",
            "300",
            "--format",
            "json");

    assertThat(flags.get("base_case")).isEqualTo(file.get("base_case"));
    assertThat(flags.get("scenario").isNull()).isTrue();
  }

  @Test
  void flagOverQuickFile_replacesThatInputOnly() throws Exception {
    JsonNode json =
        json(
            "calc",
            CalcCommandTest.QUICK,
            "--win-rate-uplift",
            "0..0.08..0.16",
            "--format",
            "json");

    assertThat(json.at("/tornado/bars")).hasSize(1);
    assertThat(json.at("/tornado/bars/0/input").asText()).isEqualTo("quick.win_rate_uplift");
    assertThat(json.at("/base_case/monthly_gain/more_deals").asDouble())
        .isCloseTo(5184, within(1e-6));
  }

  @Test
  void presets_listSourceAndCaveat() throws Exception {
    CliRun run = CliRun.of("calc", "--presets");
    JsonNode json = json("calc", "--presets", "--format", "json");

    assertThat(run.out())
        .contains("win_rate_uplift: 0 to 0.26, suggested {dist: uniform, min: 0, max: 0.26}")
        .contains("source: Yankee Group")
        .contains("caveat: The 26% is a vendor marketing figure");
    assertThat(json.at("/presets/0/sources/0/found_at").asText()).startsWith("https://");
    assertThat(CalcCommandTest.names(json.at("/presets/0")))
        .containsExactly("field", "low", "high", "suggested", "sources", "caveat");
  }

  @Test
  void help_documentsTheQuickFlags() {
    CliRun run = CliRun.of("calc", "--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .startsWith("Usage: crm-roi calc")
        .contains("--deal-revenue", "(default: 5000)", "MIN..MODE..MAX", "--simulate");
  }

  private String write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text).toString();
  }
}
