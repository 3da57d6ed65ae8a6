package dev.crmroi.cli;

import dev.crmroi.analytics.kpi.KpiRegistry;
import dev.crmroi.analytics.kpi.Rollups;
import dev.crmroi.core.config.CrmRoiConfig;
import dev.crmroi.store.Store;
import dev.crmroi.store.importing.ImportReport;
import dev.crmroi.store.importing.Importer;
import dev.crmroi.store.importing.ProfileLoader;
import dev.crmroi.store.importing.Rejects;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code crm-roi import}: loads CSV exports into the store, or shows what an import rejected. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Load CSV exports into the store. Each SOURCE is a directory (every file whose name matches"
          + " a table of the profile), a file, or TABLE=FILE.",
      "Bad rows are rejected with a reason, never dropped silently; a file that cannot be read"
          + " fails the whole import (exit 65) and leaves the store unchanged. Importing the same"
          + " files again gives the same store."
    })
final class ImportCommand implements Callable<Integer> {
  @Parameters(paramLabel = "SOURCE", arity = "0..*", description = "Directories or files.")
  List<String> sources = new ArrayList<>();

  @Option(
      names = "--profile",
      paramLabel = "NAME|FILE",
      defaultValue = "canonical",
      description =
          "Mapping profile: canonical, salesforce, hubspot or a YAML file (default: ${DEFAULT-VALUE}).")
  String profile;

  @Option(
      names = "--show-rejects",
      description = "Show the rows an import rejected (the last import unless --import N).")
  boolean showRejects;

  @Option(names = "--import", paramLabel = "N", description = "With --show-rejects: import number.")
  Long importId;

  @Option(
      names = "--limit",
      paramLabel = "N",
      defaultValue = "50",
      description = "With --show-rejects: at most N rows (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "table",
      description = "table, json or csv (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Option(
      names = "--timings",
      description =
          "After the summary, print on standard error how long each step took (parse, checks,"
              + " rejects, insert per table; orphans, commit, rollups).")
  boolean timings;

  @ParentCommand Main main;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    GlobalOptions global = main.global;
    if (sources.isEmpty() && !showRejects) {
      throw new UsageException("name at least one SOURCE to import, or use --show-rejects");
    }
    List<Path> dirs = sources.stream().filter(s -> !s.contains("=")).map(Path::of).toList();
    CrmRoiConfig config = Session.config(global, dirs);
    PrintWriter out = spec.commandLine().getOut();
    try (Store store =
        sources.isEmpty() ? Session.existingStore(global, config) : Session.store(global, config)) {
      if (!sources.isEmpty()) {
        ImportReport report = run(store, config);
        new ImportView(out, global.db, format).print(report, new Rejects(store));
      }
      if (showRejects) {
        new RejectsView(out, format).print(new Rejects(store), importId, limit);
      }
    }
    return ExitCode.OK;
  }

  private ImportReport run(Store store, CrmRoiConfig config) {
    ImportReport report;
    StepTimings steps;
    try (TerminalProgress progress = TerminalProgress.forTerminal("Importing", main.global.quiet)) {
      steps = new StepTimings(progress);
      report =
          new Importer(store)
              .run(sources, new ProfileLoader().load(profile), config.reportingCurrency(), steps);
    }
    long start = System.nanoTime();
    Duration[] perKpi = {Duration.ZERO};
    Rollups.refresh(
        store,
        KpiRegistry.standard(),
        config.grossMargin(),
        (kpi, elapsed) -> {
          steps.add("rollup: " + kpi, elapsed);
          perKpi[0] = perKpi[0].plus(elapsed);
        });
    steps.add(
        "rollup: span, state and commit",
        Duration.ofNanos(System.nanoTime() - start).minus(perKpi[0]));
    start = System.nanoTime();
    store.checkpoint();
    steps.add("all: checkpoint", Duration.ofNanos(System.nanoTime() - start));
    if (timings) {
      steps.print(spec.commandLine().getErr());
    }
    return report;
  }
}
