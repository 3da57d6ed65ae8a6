package dev.crmroi.analytics.quality;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmroi.core.config.CrmRoiConfig.DuckDbSettings;
import dev.crmroi.generator.GenerationListener;
import dev.crmroi.generator.GeneratorSpec;
import dev.crmroi.generator.Scale;
import dev.crmroi.generator.SyntheticCrm;
import dev.crmroi.generator.Truth;
import dev.crmroi.store.Store;
import dev.crmroi.store.importing.ImportListener;
import dev.crmroi.store.importing.Importer;
import dev.crmroi.store.importing.ProfileLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The audit scored against the dirt the generator injected (medium scale: hundreds of duplicates),
 * and a clean dataset against a dirty one.
 */
class GeneratedDataQualityTest {
  @TempDir static Path dir;
  private static Store store;
  private static Truth truth;
  private static QualityReport report;
  private static Path export;

  @BeforeAll
  static void generateImportAudit() {
    Path data = dir.resolve("medium");
    truth =
        SyntheticCrm.generate(
            GeneratorSpec.defaults(7).withScale(Scale.MEDIUM), data, GenerationListener.NONE);
    store = imported(data);
    QualityAudit audit = new QualityAudit(store, QualityWeights.defaults());
    report = audit.run();
    export = dir.resolve("export");
    audit.export(export);
  }

  @AfterAll
  static void close() {
    store.close();
  }

  @Test
  void exactDuplicates_injected_atLeast95PercentFound() {
    double recall = recall(truth.dirt().exactDuplicates());
    assertThat(recall).as("exact duplicate recall").isGreaterThanOrEqualTo(0.95);
  }

  @Test
  void fuzzyDuplicates_injected_atLeast85PercentFound() {
    double recall = recall(truth.dirt().fuzzyDuplicates());
    assertThat(recall).as("fuzzy duplicate recall").isGreaterThanOrEqualTo(0.85);
  }

  @Test
  void duplicateGroups_ofAccountsAndContacts_atMost5PercentFalse() {
    Set<String> injected = new HashSet<>();
    for (Truth.Duplicate d : allDuplicates()) {
      injected.add(d.table() + "/" + d.id() + "/" + d.duplicateOf());
      injected.add(d.table() + "/" + d.duplicateOf() + "/" + d.id());
    }
    List<DuplicateGroup> groups =
        report.duplicateGroups().stream()
            .filter(g -> g.table().equals("accounts") || g.table().equals("contacts"))
            .toList();
    long falseGroups = groups.stream().filter(g -> !holdsInjectedPair(g, injected)).count();
    double falseShare = falseGroups / (double) groups.size();
    assertThat(groups).isNotEmpty();
    assertThat(falseShare)
        .as("false duplicate groups: %d of %d", falseGroups, groups.size())
        .isLessThanOrEqualTo(0.05);
  }

  @Test
  void suspiciousValues_injected_everyOneIsAFinding() throws IOException {
    Set<String> flagged = exportedFindings();
    List<String> missed =
        truth.dirt().suspiciousValues().stream()
            .map(v -> v.table() + "," + v.column() + "," + v.id())
            .filter(key -> !flagged.contains(key))
            .toList();
    assertThat(truth.dirt().suspiciousValues()).isNotEmpty();
    assertThat(missed).isEmpty();
  }

  @Test
  void invalidValues_injected_everyOneIsCountedAsRejectedAtImport() throws IOException {
    List<String> rejected = Files.readAllLines(export.resolve("rejected_at_import.csv"));
    List<String> missed =
        truth.dirt().invalidValues().stream()
            .map(v -> v.table() + "," + v.column() + "," + v.id())
            .filter(key -> !rejected.contains(key))
            .toList();
    assertThat(missed).isEmpty();
  }

  @Test
  void missingValues_injected_everyOneIsAFinding() throws IOException {
    Set<String> flagged = exportedFindings();
    List<String> missed =
        truth.dirt().missingValues().stream()
            .map(v -> v.table() + "," + v.column() + "," + v.id())
            .filter(key -> !flagged.contains(key))
            .toList();
    assertThat(missed).isEmpty();
  }

  @Test
  void cleanDataset_scoresAtLeast95AndAboveTheDirtyOne() {
    Path clean = dir.resolve("clean");
    Path dirty = dir.resolve("dirty");
    SyntheticCrm.generate(
        GeneratorSpec.defaults(3).withDirt(false), clean, GenerationListener.NONE);
    SyntheticCrm.generate(GeneratorSpec.defaults(3), dirty, GenerationListener.NONE);
    QualityReport cleanReport;
    QualityReport dirtyReport;
    try (Store c = imported(clean);
        Store d = imported(dirty)) {
      cleanReport = new QualityAudit(c, QualityWeights.defaults()).run();
      dirtyReport = new QualityAudit(d, QualityWeights.defaults()).run();
    }
    assertThat(cleanReport.score()).as("clean score").isGreaterThanOrEqualTo(95);
    assertThat(dirtyReport.score()).as("dirty score").isLessThan(cleanReport.score());
    assertThat(dirtyReport.issues()).isNotEmpty();
    assertThat(cleanReport.duplicateGroups()).isEmpty();
  }

  private static Store imported(Path data) {
    Store s = Store.inMemory(new DuckDbSettings("2GB", 0));
    new Importer(s)
        .run(
            List.of(data.toString()),
            new ProfileLoader().load("canonical"),
            "USD",
            ImportListener.SILENT);
    return s;
  }

  private static double recall(List<Truth.Duplicate> injected) {
    long found = injected.stream().filter(GeneratedDataQualityTest::grouped).count();
    return found / (double) injected.size();
  }

  private static boolean grouped(Truth.Duplicate d) {
    return report.duplicateGroups().stream()
        .anyMatch(
            g ->
                g.table().equals(d.table())
                    && g.ids().contains(d.id())
                    && g.ids().contains(d.duplicateOf()));
  }

  private static boolean holdsInjectedPair(DuplicateGroup g, Set<String> injected) {
    for (String a : g.ids()) {
      for (String b : g.ids()) {
        if (injected.contains(g.table() + "/" + a + "/" + b)) {
          return true;
        }
      }
    }
    return false;
  }

  private static List<Truth.Duplicate> allDuplicates() {
    List<Truth.Duplicate> all = new java.util.ArrayList<>(truth.dirt().exactDuplicates());
    all.addAll(truth.dirt().fuzzyDuplicates());
    return all;
  }

  private static Set<String> exportedFindings() throws IOException {
    Set<String> keys = new HashSet<>();
    try (var files = Files.list(export)) {
      for (Path f : files.toList()) {
        keys.addAll(Files.readAllLines(f));
      }
    }
    return keys;
  }
}
