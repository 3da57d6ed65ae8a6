package dev.crmroi.cli;

import dev.crmroi.analytics.quality.QualityAudit;
import dev.crmroi.analytics.quality.QualityHistory;
import dev.crmroi.analytics.quality.QualityReport;
import dev.crmroi.analytics.quality.QualityWeights;
import dev.crmroi.core.config.CrmRoiConfig;
import dev.crmroi.store.Store;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code crm-roi quality}: the data-quality audit, its score, and the gate on it. */
@Command(
    name = "quality",
    mixinStandardHelpOptions = true,
    description = {
      "Data quality audit: per table and column completeness, validity, duplicates (exact and"
          + " fuzzy), orphan references, consistency and freshness, scored 0-100, worst issues"
          + " first, with the last import's rejects. Each run is stored for --history.",
      "Exits 1 when the overall score is below --fail-below (default: quality.fail_below)."
    })
final class QualityCommand implements Callable<Integer> {
  @Option(
      names = "--fail-below",
      paramLabel = "N",
      description = "Exit 1 when the overall score is below N (default: quality.fail_below).")
  Double failBelow;

  @Mixin TableOrJsonOption output;
  private OutputFormat format;

  @Option(
      names = "--export",
      paramLabel = "DIR",
      description = "Write the full list of records of each problem kind as DIR/<kind>.csv.")
  Path export;

  @Option(names = "--history", description = "List the scores of past audits instead.")
  boolean history;

  @ParentCommand Main main;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    format = output.get("; use --export DIR for CSV lists");
    if (failBelow != null && !(failBelow >= 0 && failBelow <= 100)) {
      throw new UsageException("--fail-below must be between 0 and 100 but was " + failBelow);
    }
    CrmRoiConfig config = Session.config(main.global, List.of());
    double threshold = failBelow != null ? failBelow : config.qualityFailBelow();
    QualityView view = new QualityView(spec.commandLine().getOut(), format);
    try (Store store = Session.existingStore(main.global, config)) {
      QualityHistory past = new QualityHistory(store);
      if (history) {
        view.printHistory(past.runs());
        return ExitCode.OK;
      }
      Map<String, Double> w = config.qualityWeights();
      QualityAudit audit =
          new QualityAudit(
              store,
              new QualityWeights(
                  w.get("completeness"),
                  w.get("validity"),
                  w.get("uniqueness"),
                  w.get("consistency"),
                  w.get("freshness")));
      QualityReport report = audit.run();
      past.record(report);
      List<Path> files = export == null ? List.of() : audit.export(export);
      view.print(report, threshold, files);
      return report.score() < threshold ? ExitCode.GATE_FAILED : ExitCode.OK;
    }
  }
}
