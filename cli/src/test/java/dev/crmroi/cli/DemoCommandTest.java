package dev.crmroi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {
  @TempDir Path dir;

  @Test
  void demo_generatesImportsAndSummarises() {
    CliRun run = CliRun.of("demo", "--out", dir.toString(), "--quiet");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("1. Generated")
        .contains("2. Imported into")
        .contains("true ROI")
        .containsPattern("total\\s+[0-9,]+\\s+[0-9,]+\\s+0\\s+0\\s+[0-9]+")
        // Measured against the truth stream by stream: measured, interval, naive, truth.
        .containsPattern(
            "   service_efficiency +-?[0-9,]+ +\\[-?[0-9,]+, -?[0-9,]+\\] +-?[0-9,]+ +8,104")
        .containsPattern("   incremental benefit +-?[0-9,]+ +\\[");
    assertThat(dir.resolve("crm-roi.duckdb")).exists();
    assertThat(dir.resolve("truth.json")).exists();
  }

  @Test
  void demoTwice_sameSummary() {
    CliRun first = CliRun.of("demo", "--out", dir.toString(), "--quiet");
    CliRun second = CliRun.of("demo", "--out", dir.toString(), "--quiet");

    assertThat(strip(second.out())).isEqualTo(strip(first.out()));
  }

  /** Drops the only lines that may differ between runs: timings. */
  private static String strip(String out) {
    return out.replaceAll("\\(\\d+\\.\\d s\\)", "");
  }
}
