package dev.crmroi.store.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NullUnlessTextColumnTest {

  @Test
  void nullUnless_onTextColumn_keepsTheDefaultOnlyWhereTheFlagMatches(@TempDir Path dir) {
    try (ImportFixture f = new ImportFixture(dir)) {
      Path csv = f.write("churn.csv", "id,churn,mrr", "c1,Yes,10", "c2,No,20");
      Path profile =
          f.write(
              "profile.yaml",
              "tables:",
              "  subscriptions:",
              "    files: [churn.csv]",
              "    columns: {subscription_id: [id], account_id: [id], mrr: [mrr],"
                  + " end_reason: [churn]}",
              "    defaults: {started_on: '2020-01-01', ended_on: '2024-06-30'}",
              "    null_unless: {ended_on: {end_reason: ['Yes']}}");
      new Importer(f.store)
          .run(
              List.of("subscriptions=" + csv),
              new ProfileLoader().load(profile.toString()),
              "USD",
              ImportListener.SILENT);
      assertThat(f.rows("SELECT subscription_id, ended_on FROM subscriptions ORDER BY 1"))
          .containsExactly(List.of("c1", "2024-06-30"), java.util.Arrays.asList("c2", null));
    }
  }
}
