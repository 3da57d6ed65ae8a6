package dev.crmroi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code calc} refuses impossible scenarios with exit 2 and the field path and value at fault. */
class CalcScenarioErrorsTest {
  @TempDir Path dir;

  private static final String TEI_HEAD =
      "tei:\n  benefits:\n    - name: a\n      risk_adjustment: 0.1\n";
  private static final String TEI_COSTS =
      "  costs: [{name: c, initial: 1000, years: [100, 100], risk_adjustment: 0}]\n";

  @Test
  void unknownKey_exit2NamingPathAndSuggestion() throws IOException {
    CliRun run = calc(TEI_HEAD + "      years: [1, 2]\n      ramp_upp: [1, 1]\n" + TEI_COSTS);

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err())
        .contains("tei.benefits[0].ramp_upp is not a known key (did you mean ramp_up?)");
  }

  @Test
  void missingEstimate_exit2NamingPath() throws IOException {
    CliRun run = calc("tei:\n  benefits: [{name: a, years: [1, 2]}]\n" + TEI_COSTS);

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("tei.benefits[0].risk_adjustment must be given but was missing");
  }

  @Test
  void unknownDistribution_exit2ListingAllowedOnes() throws IOException {
    CliRun run = calc(TEI_HEAD + "      years: [1, {dist: beta, a: 2, b: 3}]\n" + TEI_COSTS);

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err())
        .contains(
            "tei.benefits[0].years[1].dist must be one of triangular, normal, uniform, lognormal,"
                + " fixed but was \"beta\"");
  }

  @Test
  void minAboveMax_exit2NamingPathAndValue() throws IOException {
    CliRun run = calc(TEI_HEAD + "      years: [1, {dist: uniform, min: 9, max: 3}]\n" + TEI_COSTS);

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("tei.benefits[0].years[1].min must be ≤ max (3) but was 9");
  }

  @Test
  void negativeSd_exit2NamingNestedPath() throws IOException {
    CliRun run = calc(TEI_HEAD + "      years: [1, {dist: normal, mean: 5, sd: -2}]\n" + TEI_COSTS);

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("tei.benefits[0].years[1].sd must be ≥ 0 but was -2");
  }

  @Test
  void marginAboveOne_exit2NamingPathAndValue() throws IOException {
    String quick = Files.readString(Path.of(CalcCommandTest.QUICK));
    CliRun run = calc(quick.replace("gross_margin: 0.45", "gross_margin: 1.2"));

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("quick.gross_margin must be within [0, 1] but was 1.2");
  }

  @Test
  void marginFlagAboveOne_exit2NamingTheFlag() {
    CliRun run = CliRun.of("calc", "--margin", "1.2");

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("crm-roi: --margin must be within [0, 1] but was 1.2");
  }

  @Test
  void quickFlagOnTeiScenario_exit2() {
    CliRun run = CliRun.of("calc", CalcCommandTest.TEI, "--reps", "3");

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("--reps applies to quick calculations");
  }

  @Test
  void comparisonWithoutSimulation_exit2SayingWhy() {
    CliRun run = CliRun.of("calc", CalcCommandTest.VENDORS, "--simulate", "0");

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("a comparison needs the Monte Carlo");
  }

  @Test
  void missingFile_exit2NamingIt() {
    CliRun run = CliRun.of("calc", dir.resolve("none.yaml").toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("none.yaml does not exist");
  }

  @Test
  void crmThatCostsNothing_exit2SayingRoiIsUndefined() {
    CliRun run = CliRun.of("calc", "--price", "0", "--other-monthly", "0", "--one-off", "0");

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err())
        .contains(
            "quick-calculator flags: the business case cannot be computed: costs must be > 0");
  }

  private CliRun calc(String yaml) throws IOException {
    Path file = Files.writeString(dir.resolve("s.yaml"), yaml);
    return CliRun.of("calc", file.toString());
  }
}
