package dev.crmroi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
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
          "init", "demo", "generate", "import", "kpi", "tco", "roi", "quality", "calc", "fin"
        }) {
      CliRun run = CliRun.of(command, "--help");

      assertThat(run.exitCode()).as(command).isZero();
      assertThat(run.out()).as(command).startsWith("Usage: crm-roi " + command);
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
}
