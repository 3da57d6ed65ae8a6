package dev.crmroi.cli;

import dev.crmroi.analytics.kpi.KpiRegistry;
import dev.crmroi.analytics.kpi.Rollups;
import dev.crmroi.core.config.CrmRoiConfig;
import dev.crmroi.generator.GeneratorSpec;
import dev.crmroi.generator.SyntheticCrm;
import dev.crmroi.generator.Truth;
import dev.crmroi.store.Store;
import dev.crmroi.store.config.ConfigLoader;
import dev.crmroi.store.importing.ImportReport;
import dev.crmroi.store.importing.Importer;
import dev.crmroi.store.importing.ProfileLoader;
import dev.crmroi.store.importing.Rejects;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code crm-roi demo}: the first thing a new user runs. Generates a CRM history with a known
 * effect, imports it, and prints what was loaded, the headline figures and where the files are.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Generate a realistic CRM history with a known CRM effect, import it into a store, and print"
          + " a summary and where everything is. The first thing to run."
    })
final class DemoCommand implements Callable<Integer> {
  @Option(
      names = "--out",
      defaultValue = "crm-roi-demo",
      paramLabel = "DIR",
      description = "Where the demo's files and store go (default: ${DEFAULT-VALUE}).")
  Path dir;

  @Option(
      names = "--seed",
      defaultValue = "1",
      description = "Random seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--scale",
      defaultValue = "small",
      paramLabel = "SCALE",
      description = "small, medium or large (default: ${DEFAULT-VALUE}).")
  String scale;

  @ParentCommand Main main;
  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    GeneratorSpec generatorSpec = GenerateCommand.spec(seed, scale, 1.0, true);
    out.printf(
        "crm-roi demo: a synthetic B2B company (seed %d, %s scale) whose CRM effect is"
            + " known, so you can see the analysis recover it.%n%n",
        seed, generatorSpec.scale().label());
    Truth truth = generate(generatorSpec);
    truth.writeJson(dir.resolve("truth.json"));
    CrmRoiConfig config = new ConfigLoader().load(dir.resolve("crm-roi.yaml"));
    Path db =
        main.global.db.equals(Path.of("crm-roi.duckdb"))
            ? dir.resolve("crm-roi.duckdb")
            : main.global.db;
    Files.deleteIfExists(db);
    Files.deleteIfExists(Path.of(db + ".wal"));
    try (Store store = Store.open(db, config.duckdb())) {
      ImportReport report = importInto(store, config);
      Rollups.refresh(store, KpiRegistry.standard(), config.grossMargin());
      out.printf("%n2. Imported into %s:%n%n", db);
      new ImportView(out, db, OutputFormat.table).print(report, new Rejects(store));
      new DemoKpis(out).print(store, config.grossMargin(), lastFullYear(truth));
      new DemoSummary(out).print(truth, dir, db);
      new DemoRoi(out).print(store, config, truth);
    }
    new DemoSummary(out).printFiles(dir, db);
    return ExitCode.OK;
  }

  private static int lastFullYear(Truth truth) {
    java.time.LocalDate end = java.time.LocalDate.parse(truth.dataEnd());
    return end.getMonthValue() == 12 && end.getDayOfMonth() == 31
        ? end.getYear()
        : end.getYear() - 1;
  }

  private Truth generate(GeneratorSpec generatorSpec) {
    long started = System.nanoTime();
    Truth truth;
    try (TerminalProgress p = TerminalProgress.forTerminal("Generating", main.global.quiet)) {
      truth = SyntheticCrm.generate(generatorSpec, dir, p);
    }
    long rows = truth.rowCounts().values().stream().mapToLong(Long::longValue).sum();
    spec.commandLine()
        .getOut()
        .printf(
            "1. Generated %,d rows in %d CSV files in %s (%.1f s).%n",
            rows, truth.rowCounts().size(), dir, (System.nanoTime() - started) / 1e9);
    return truth;
  }

  private ImportReport importInto(Store store, CrmRoiConfig config) {
    try (TerminalProgress p = TerminalProgress.forTerminal("Importing", main.global.quiet)) {
      return new Importer(store)
          .run(
              List.of(dir.toString()),
              new ProfileLoader().load("canonical"),
              config.reportingCurrency(),
              p);
    }
  }
}
