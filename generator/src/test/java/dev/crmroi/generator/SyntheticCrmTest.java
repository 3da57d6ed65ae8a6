package dev.crmroi.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.crmroi.core.schema.CanonicalSchema;
import dev.crmroi.core.schema.TableSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SyntheticCrmTest {

  private static final GeneratorSpec SPEC = GeneratorSpec.defaults(42);

  @Test
  void generate_sameSpec_byteIdenticalFiles() throws IOException {
    Path first = Generated.of(SPEC).dir();
    Path second = Generated.fresh(SPEC).dir();
    List<Path> files;
    try (var list = Files.list(first)) {
      files = list.sorted().toList();
    }
    assertThat(files).hasSizeGreaterThan(CanonicalSchema.tables().size());
    for (Path f : files) {
      assertThat(Files.mismatch(f, second.resolve(f.getFileName())))
          .as(f.getFileName().toString())
          .isEqualTo(-1L);
    }
  }

  @Test
  void generate_otherSeed_differentData() throws IOException {
    Path a = Generated.of(SPEC).dir();
    Path b = Generated.of(GeneratorSpec.defaults(43)).dir();
    assertThat(Files.mismatch(a.resolve("opportunities.csv"), b.resolve("opportunities.csv")))
        .isNotEqualTo(-1L);
  }

  @Test
  void generate_everyTable_headerEqualsCanonicalSchema() {
    Path dir = Generated.of(SPEC).dir();
    for (TableSpec t : CanonicalSchema.tables()) {
      assertThat(CsvTable.read(dir, t.name()).header).as(t.name()).isEqualTo(t.columnNames());
    }
  }

  @Test
  void generate_everyRow_hasAsManyFieldsAsHeader() {
    Path dir = Generated.of(SPEC).dir();
    for (TableSpec t : CanonicalSchema.tables()) {
      CsvTable table = CsvTable.read(dir, t.name());
      assertThat(table.rows).as(t.name()).allMatch(r -> r.size() == t.columns().size());
    }
  }

  @Test
  void generate_small_rowCountsInExpectedRange() {
    Map<String, Long> counts = Generated.of(SPEC).truth().rowCounts();
    long total = counts.values().stream().mapToLong(Long::longValue).sum();
    assertThat(total).isBetween(35_000L, 80_000L);
    assertThat(counts.get("opportunities")).isBetween(700L, 1_600L);
    assertThat(counts.get("activities")).isGreaterThan(counts.get("opportunities") * 8);
    assertThat(counts).allSatisfy((table, n) -> assertThat(n).as(table).isPositive());
  }

  @Test
  void generate_rowCounts_matchFiles() {
    Generated.Run run = Generated.of(SPEC);
    for (TableSpec t : CanonicalSchema.tables()) {
      assertThat((long) CsvTable.read(run.dir(), t.name()).rows.size())
          .as(t.name())
          .isEqualTo(run.truth().rowCounts().get(t.name()));
    }
  }

  @Test
  void generate_default_goLiveStaggeredWithTwelvePreMonths() {
    Truth truth = Generated.of(SPEC).truth();
    LocalDate start = LocalDate.parse(truth.dataStart());
    List<LocalDate> dates = truth.goLive().values().stream().map(LocalDate::parse).toList();
    assertThat(dates).hasSizeGreaterThanOrEqualTo(3).doesNotHaveDuplicates();
    assertThat(dates).allMatch(d -> ChronoUnit.MONTHS.between(start, d) >= 12);
    assertThat(dates).allMatch(d -> d.isBefore(LocalDate.parse(truth.dataEnd())));
    assertThat(truth.controlUnits())
        .isNotEmpty()
        .doesNotContainAnyElementsOf(truth.goLive().keySet());
  }

  @Test
  void generate_zeroEffectScale_everyEffectIsZero() {
    Truth truth = Generated.of(SPEC.withEffectScale(0)).truth();
    assertThat(truth.trueBenefitTotal()).isZero();
    assertThat(truth.effects().values())
        .allSatisfy(perUnit -> assertThat(perUnit.values()).containsOnly(0.0));
    assertThat(truth.trueRoi()).isEqualTo(-1.0);
  }

  @Test
  void truth_fullEffect_everyTreatedUnitAndStreamPositive() {
    Truth truth = Generated.of(SPEC).truth();
    truth
        .effects()
        .forEach(
            (stream, perUnit) -> {
              for (String unit : truth.goLive().keySet()) {
                assertThat(perUnit.get(unit)).as(stream + " " + unit).isPositive();
              }
              for (String control : truth.controlUnits()) {
                assertThat(perUnit.get(control)).as(stream + " " + control).isZero();
              }
            });
  }

  @Test
  void truth_totals_addUp() {
    Truth truth = Generated.of(SPEC).truth();
    double sum =
        truth.effects().values().stream()
            .flatMap(perUnit -> perUnit.values().stream())
            .mapToDouble(Double::doubleValue)
            .sum();
    assertThat(truth.trueBenefitTotal()).isCloseTo(sum, within(0.05));
    double monthly =
        truth.effectsMonthly().values().stream()
            .flatMap(perUnit -> perUnit.values().stream())
            .flatMap(perMonth -> perMonth.values().stream())
            .mapToDouble(Double::doubleValue)
            .sum();
    assertThat(monthly).isCloseTo(sum, within(1.0));
    double costs = truth.costByCategory().values().stream().mapToDouble(Double::doubleValue).sum();
    assertThat(truth.trueCostTotal()).isCloseTo(costs, within(0.05)).isPositive();
    assertThat(truth.trueRoi())
        .isCloseTo(
            (truth.trueBenefitTotal() - truth.trueCostTotal()) / truth.trueCostTotal(),
            within(1e-12));
  }

  @Test
  void truth_doubleEffectScale_doublesRampedStreamsRoughly() {
    double one = Generated.of(SPEC).truth().benefitByStream().get("marketing_efficiency");
    double two =
        Generated.of(SPEC.withEffectScale(2)).truth().benefitByStream().get("marketing_efficiency");
    assertThat(two).isCloseTo(2 * one, within(0.01 * one));
  }

  @Test
  void writeJson_truth_hasCliFields() throws IOException {
    Path file = Files.createTempFile("truth", ".json");
    Generated.of(SPEC).truth().writeJson(file);
    String json = Files.readString(file);
    assertThat(json)
        .contains(
            "\"seed\" : 42",
            "\"go_live\"",
            "\"effects\"",
            "\"true_benefit_total\"",
            "\"true_cost_total\"",
            "\"true_roi\"",
            "\"dirt\"",
            "\"sales_effectiveness\"",
            "\"exact_duplicates\"");
  }

  @Test
  void generate_config_matchesGoLiveAndEvents() throws IOException {
    Generated.Run run = Generated.of(SPEC);
    String yaml = Files.readString(run.dir().resolve("crm-roi.yaml"));
    assertThat(yaml).contains("reporting_currency: USD", "units: account.region");
    run.truth().goLive().forEach((unit, date) -> assertThat(yaml).contains(unit + ": " + date));
    assertThat(run.truth().events())
        .extracting(Truth.Event::kind)
        .contains("price_change", "product_line", "hiring_wave");
    run.truth().events().forEach(e -> assertThat(yaml).contains("date: " + e.date()));
  }

  @Test
  void generate_listener_finalCallReportsAllRows() {
    List<long[]> calls = new ArrayList<>();
    Truth truth =
        SyntheticCrm.generate(
            SPEC.withDirt(false),
            tempDir(),
            (written, expected) -> calls.add(new long[] {written, expected}));
    long total = truth.rowCounts().values().stream().mapToLong(Long::longValue).sum();
    assertThat(calls).isNotEmpty();
    assertThat(calls.get(calls.size() - 1)).containsExactly(total, total);
    assertThat(calls).allMatch(c -> c[0] <= c[1]);
  }

  private static Path tempDir() {
    try {
      return Files.createTempDirectory("crm-roi-gen-");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
