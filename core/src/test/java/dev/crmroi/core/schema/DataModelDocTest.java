package dev.crmroi.core.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/data-model.md documents every canonical table and column, with what is required. */
class DataModelDocTest {
  @Test
  void dataModelDoc_listsEveryTableAndColumn() throws IOException {
    String doc = Files.readString(Path.of("../docs/data-model.md"));

    for (TableSpec table : CanonicalSchema.tables()) {
      String row =
          doc.lines().filter(l -> l.startsWith("| " + table.name() + " |")).findFirst().orElse("");
      assertThat(row).as(table.name()).isNotEmpty();
      for (ColumnSpec c : table.columns()) {
        String shown = c.required() ? "**" + c.name() + "**" : c.name() + " (";
        assertThat(row).as(table.name() + "." + c.name()).contains(shown);
      }
    }
  }
}
