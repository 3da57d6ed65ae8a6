package dev.crmroi.generator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmroi.core.schema.CanonicalSchema;
import dev.crmroi.core.schema.ColumnSpec;
import dev.crmroi.core.schema.TableSpec;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IntegrityTest {

  @Test
  void generate_clean_idsUniqueAndEveryReferenceResolves() {
    Path dir = Generated.of(GeneratorSpec.defaults(11).withDirt(false)).dir();
    Map<String, Set<String>> ids = new HashMap<>();
    for (TableSpec t : CanonicalSchema.tables()) {
      if (t.key().size() == 1) {
        List<List<String>> rows = CsvTable.read(dir, t.name()).rows;
        Set<String> unique = new HashSet<>();
        rows.forEach(r -> unique.add(r.get(0)));
        assertThat(unique).as(t.name()).hasSize(rows.size());
        ids.put(t.name(), unique);
      }
    }
    for (TableSpec t : CanonicalSchema.tables()) {
      CsvTable table = CsvTable.read(dir, t.name());
      for (ColumnSpec c : t.columns()) {
        if (c.isReference()) {
          Set<String> target = ids.get(c.references().orElseThrow());
          int col = table.column(c.name());
          assertThat(table.rows)
              .as(t.name() + "." + c.name())
              .allMatch(r -> r.get(col).isEmpty() || target.contains(r.get(col)));
        }
      }
    }
  }

  @Test
  void generate_clean_closedNeverBeforeCreated() {
    CsvTable opportunities =
        CsvTable.read(
            Generated.of(GeneratorSpec.defaults(11).withDirt(false)).dir(), "opportunities");
    int created = opportunities.column("created_at");
    int closed = opportunities.column("closed_at");
    assertThat(opportunities.rows)
        .allMatch(r -> r.get(closed).isEmpty() || r.get(closed).compareTo(r.get(created)) >= 0);
  }

  @Test
  void generate_logins_onlyAfterTheUnitsGoLive() {
    Generated.Run run = Generated.of(GeneratorSpec.defaults(11).withDirt(false));
    Map<String, String> regionOfUser = new HashMap<>();
    CsvTable users = CsvTable.read(run.dir(), "users");
    users.rows.forEach(r -> regionOfUser.put(r.get(0), r.get(users.column("region"))));
    CsvTable logins = CsvTable.read(run.dir(), "user_logins");
    assertThat(logins.rows)
        .isNotEmpty()
        .allSatisfy(
            r -> {
              String goLive = run.truth().goLive().get(regionOfUser.get(r.get(0)));
              assertThat(goLive).isNotNull();
              assertThat(r.get(1)).isGreaterThanOrEqualTo(goLive);
            });
  }
}
