package dev.crmroi.analytics.roi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmroi.core.causal.Interval;
import dev.crmroi.core.config.CrmRoiConfig;
import dev.crmroi.core.config.CrmRoiConfig.DuckDbSettings;
import dev.crmroi.generator.GenerationListener;
import dev.crmroi.generator.GeneratorSpec;
import dev.crmroi.generator.SyntheticCrm;
import dev.crmroi.generator.Truth;
import dev.crmroi.store.Store;
import dev.crmroi.store.config.ConfigLoader;
import dev.crmroi.store.importing.ImportListener;
import dev.crmroi.store.importing.Importer;
import dev.crmroi.store.importing.ProfileLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A small validation study (the full one is {@code bench/run roi}): on seeded synthetic companies
 * with a known injected effect, the 95% interval of the total incremental benefit contains the
 * truth, and with no effect injected it contains zero.
 */
class MeasuredRoiValidationTest {
  private static final int DATASETS = 10;

  @TempDir Path dir;

  @Test
  void injectedEffect_intervalContainsTheTruth_inMostDatasets() throws IOException {
    int covered = 0;
    for (long seed = 101; seed < 101 + DATASETS; seed++) {
      Path out = Files.createDirectories(dir.resolve("s" + seed));
      Truth truth =
          SyntheticCrm.generate(GeneratorSpec.defaults(seed), out, GenerationListener.NONE);
      Interval ci = measure(out, seed);
      covered += ci.contains(truth.trueBenefitTotal()) ? 1 : 0;
    }
    assertThat(covered).isGreaterThanOrEqualTo(DATASETS - 1);
  }

  @Test
  void noEffect_intervalContainsZero_inMostDatasets() throws IOException {
    int covered = 0;
    for (long seed = 201; seed < 201 + DATASETS; seed++) {
      Path out = Files.createDirectories(dir.resolve("z" + seed));
      SyntheticCrm.generate(
          GeneratorSpec.defaults(seed).withEffectScale(0), out, GenerationListener.NONE);
      covered += measure(out, seed).contains(0) ? 1 : 0;
    }
    assertThat(covered).isGreaterThanOrEqualTo(DATASETS - 1);
  }

  private static Interval measure(Path export, long seed) {
    CrmRoiConfig config =
        RoiConfigs.withBootstrap(
            new ConfigLoader().load(export.resolve("crm-roi.yaml")), 199, seed);
    try (Store store = Store.inMemory(new DuckDbSettings("1GB", 2))) {
      new Importer(store)
          .run(
              List.of(export.toString()),
              new ProfileLoader().load("canonical"),
              "USD",
              ImportListener.SILENT);
      return new MeasuredRoi(store, config).run().total().headline().ci95().orElseThrow();
    }
  }
}
