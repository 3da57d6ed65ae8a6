package dev.crmroi.store.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Line numbers stay exact when DuckDB reads a large file in parallel. */
class ImporterLargeFileTest {
  private static final int ROWS = 400_000;

  @TempDir Path dir;
  ImportFixture fx;

  @BeforeEach
  void open() {
    fx = new ImportFixture(dir);
  }

  @AfterEach
  void close() {
    fx.close();
  }

  @ParameterizedTest(name = "numbered by window: {0}")
  @ValueSource(booleans = {false, true})
  void largeFile_rejectsFarApart_reportExactLines(boolean byWindow) {
    StringBuilder csv = new StringBuilder("activity_id,type,occurred_at,outcome\n");
    for (int i = 1; i <= ROWS; i++) {
      String id = i == 350_000 ? "X5" : i == 380_000 ? "X370000" : "X" + i;
      String type = i == 200_000 ? "fax" : "call";
      String extra = i == 300_000 ? ",surplus" : "";
      csv.append(id)
          .append(',')
          .append(type)
          .append(",2024-01-01T10:00:00Z,reached a person ")
          .append(i)
          .append(extra)
          .append('\n');
    }
    fx.writeBytes("activities.csv", csv.toString().getBytes(StandardCharsets.UTF_8));

    ImportReport report = byWindow ? fx.importDirNumberingByWindow() : fx.importDir();

    assertThat(fx.rows("SELECT line, coalesce(column_name, '') FROM import_rejects ORDER BY line"))
        .containsExactly(
            List.of("200001", "type"),
            List.of("300001", ""),
            List.of("350001", "activity_id"),
            List.of("380001", "activity_id"));
    assertThat(fx.count("activities")).isEqualTo(ROWS - 4);
    assertThat(report.files().get(0).rejected()).isEqualTo(4);
    // The first of two rows with one key is kept: X370000 keeps line 370001's values.
    assertThat(fx.rows("SELECT outcome FROM activities WHERE activity_id = 'X370000'"))
        .containsExactly(List.of("reached a person 370000"));
  }
}
