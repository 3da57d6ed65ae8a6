package dev.crmroi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineContractTest {
  @TempDir Path dir;

  @Test
  void unknownOption_exit2WithHint() {
    CliRun run = CliRun.of("import", "--no-such-option");

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("Unknown option: '--no-such-option'").contains("--help");
  }

  @Test
  void everyCommand_hasHelp() {
    for (String command :
        new String[] {
          "init",
          "demo",
          "generate",
          "import",
          "kpi",
          "adoption",
          "forecast",
          "goals",
          "tco",
          "roi",
          "quality",
          "calc",
          "fin"
        }) {
      // A lone % in a description makes picocli warn on System.err and print the text
      // unformatted.
      PrintStream stderr = System.err;
      ByteArrayOutputStream warnings = new ByteArrayOutputStream();
      CliRun run;
      try {
        System.setErr(new PrintStream(warnings, true, StandardCharsets.UTF_8));
        run = CliRun.of(command, "--help");
      } finally {
        System.setErr(stderr);
      }

      assertThat(run.exitCode()).as(command).isZero();
      assertThat(run.out()).as(command).startsWith("Usage: crm-roi " + command);
      assertThat(warnings.toString(StandardCharsets.UTF_8)).as(command).isEmpty();
    }
  }

  @Test
  void importOfMissingPath_exit65NamingIt() {
    CliRun run = CliRun.of("import", "--db", dir.resolve("s.duckdb").toString(), "no-such-dir");

    assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_DATA);
    assertThat(run.err()).contains("no-such-dir: no such file or directory");
  }

  @Test
  void badConfiguration_exit2NamingKey() throws IOException {
    Path config = Files.writeString(dir.resolve("c.yaml"), "gross_margin: 3\n");

    CliRun run =
        CliRun.of(
            "import",
            "--config",
            config.toString(),
            "--db",
            dir.resolve("s.duckdb").toString(),
            dir.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("'gross_margin' has value '3': must be between 0 and 1");
  }

  @Test
  void init_writesDefaultsOnce_thenRefusesToOverwrite() {
    CliRun first = CliRun.of("init", dir.toString());
    CliRun second = CliRun.of("init", dir.toString());

    assertThat(first.exitCode()).isZero();
    assertThat(dir.resolve("crm-roi.yaml")).content().contains("reporting_currency: USD");
    assertThat(second.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(second.err()).contains("already exists; use --force");
  }

  @Test
  void globalOptionBeforeOrAfterCommand_bothAccepted() {
    Path db = dir.resolve("x.duckdb");

    CliRun before = CliRun.of("--db", db.toString(), "import", "--show-rejects");
    CliRun after = CliRun.of("import", "--show-rejects", "--db", db.toString());

    assertThat(before.err()).contains("there is no store at " + db);
    assertThat(after.err()).contains("there is no store at " + db);
    assertThat(before.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(db).doesNotExist();
  }

  @Test
  void importTimings_listEveryStepOnStandardError() throws IOException {
    Files.writeString(
        dir.resolve("accounts.csv"), "account_id,name,created_at\nA1,Acme,2024-01-02\n");
    Files.writeString(
        dir.resolve("opportunities.csv"),
        "opportunity_id,account_id,stage,amount,created_at,closed_at\n"
            + "O1,A1,won,100,2024-01-03,2024-02-01\n");

    CliRun run =
        CliRun.of(
            "import", "--timings", "--db", dir.resolve("t.duckdb").toString(), dir.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("loaded").doesNotContain("Time by step");
    assertThat(run.err())
        .contains("Time by step (seconds):")
        .containsPattern("  accounts: parse and check\t\\d+\\.\\d{3}")
        .containsPattern("  opportunities: insert\t\\d+\\.\\d{3}")
        .contains("  all: commit\t", "  rollup: revenue_won\t", "  total of the steps\t");
  }

  @Test
  void tableOrJsonCommands_refuseCsvBeforeAnyWork() {
    for (String command :
        new String[] {"adoption", "forecast", "goals", "roi", "quality", "calc"}) {
      CliRun run =
          CliRun.of(command, "--format", "csv", "--db", dir.resolve("none.duckdb").toString());

      assertThat(run.exitCode()).as(command).isEqualTo(ExitCode.USAGE);
      assertThat(run.err())
          .as(command)
          .contains("--format must be table or json for this command but was csv");
    }
    assertThat(dir.resolve("none.duckdb")).doesNotExist();
  }
}
