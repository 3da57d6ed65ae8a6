package dev.crmroi.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DirtTest {

  private static final GeneratorSpec SPEC = GeneratorSpec.defaults(7);

  @Test
  void generate_dirtOn_recordsEveryKind() {
    Truth.Dirt dirt = Generated.of(SPEC).truth().dirt();
    assertThat(dirt.enabled()).isTrue();
    assertThat(dirt.exactDuplicates()).isNotEmpty();
    assertThat(dirt.fuzzyDuplicates()).isNotEmpty();
    assertThat(dirt.missingValues())
        .extracting(Truth.BadValue::column)
        .contains("amount", "industry", "resolved_at");
    assertThat(dirt.invalidValues())
        .extracting(Truth.BadValue::value)
        .contains("maybe", "2024-13-01T10:00:00Z", "XXX");
    assertThat(dirt.suspiciousValues())
        .extracting(Truth.BadValue::column)
        .contains("closed_at", "email", "amount");
  }

  @Test
  void generate_dirtOn_badValuesAppearInFiles() {
    Generated.Run run = Generated.of(SPEC);
    Truth.Dirt dirt = run.truth().dirt();
    for (List<Truth.BadValue> kind :
        List.of(dirt.missingValues(), dirt.invalidValues(), dirt.suspiciousValues())) {
      for (Truth.BadValue bad : kind) {
        CsvTable table = CsvTable.read(run.dir(), bad.table());
        List<String> row = table.byId().get(bad.id());
        assertThat(row).as(bad.toString()).isNotNull();
        assertThat(row.get(table.column(bad.column()))).as(bad.toString()).isEqualTo(bad.value());
      }
    }
  }

  @Test
  void generate_dirtOn_duplicatesAppearInFiles() {
    Generated.Run run = Generated.of(SPEC);
    Truth.Dirt dirt = run.truth().dirt();
    for (Truth.Duplicate d : dirt.exactDuplicates()) {
      Map<String, List<String>> rows = CsvTable.read(run.dir(), d.table()).byId();
      List<String> copy = rows.get(d.id());
      List<String> original = rows.get(d.duplicateOf());
      assertThat(copy).as(d.toString()).isNotNull();
      assertThat(copy.subList(1, copy.size())).isEqualTo(original.subList(1, original.size()));
    }
    for (Truth.Duplicate d : dirt.fuzzyDuplicates()) {
      Map<String, List<String>> rows = CsvTable.read(run.dir(), d.table()).byId();
      List<String> copy = rows.get(d.id());
      List<String> original = rows.get(d.duplicateOf());
      assertThat(copy).as(d.toString()).isNotNull().isNotEqualTo(original);
      long same = 0;
      for (int i = 1; i < copy.size(); i++) {
        same += copy.get(i).equals(original.get(i)) ? 1 : 0;
      }
      assertThat(same).as(d.toString()).isEqualTo(copy.size() - 2);
    }
  }

  @Test
  void generate_dirtOn_staysWellUnderOnePercentOfRows() {
    Truth truth = Generated.of(SPEC).truth();
    Truth.Dirt dirt = truth.dirt();
    long dirty =
        dirt.exactDuplicates().size()
            + dirt.fuzzyDuplicates().size()
            + dirt.missingValues().size()
            + dirt.invalidValues().size()
            + dirt.suspiciousValues().size();
    long rows = truth.rowCounts().values().stream().mapToLong(Long::longValue).sum();
    assertThat(dirty).isPositive().isLessThan(rows / 200);
  }

  @Test
  void generate_dirtOff_recordsNothingAndWritesNoInvalidValue() {
    Generated.Run run = Generated.of(SPEC.withDirt(false));
    Truth.Dirt dirt = run.truth().dirt();
    assertThat(dirt.exactDuplicates()).isEmpty();
    assertThat(dirt.missingValues()).isEmpty();
    assertThat(dirt.invalidValues()).isEmpty();
    CsvTable opportunities = CsvTable.read(run.dir(), "opportunities");
    int stage = opportunities.column("stage");
    assertThat(opportunities.rows).noneMatch(r -> r.get(stage).equals("maybe"));
  }

  @Test
  void generate_dirtOnOrOff_sameBusinessHistory() {
    Path clean = Generated.of(SPEC.withDirt(false)).dir();
    Path dirty = Generated.of(SPEC).dir();
    assertThat(CsvTable.read(clean, "activities").rows)
        .isEqualTo(CsvTable.read(dirty, "activities").rows);
  }
}
