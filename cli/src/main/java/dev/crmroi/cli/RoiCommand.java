package dev.crmroi.cli;

import dev.crmroi.analytics.roi.MeasuredRoi;
import dev.crmroi.analytics.roi.RoiReport;
import dev.crmroi.core.config.CrmRoiConfig;
import dev.crmroi.store.Store;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code crm-roi roi}: what the CRM measurably returned, against a counterfactual. */
@Command(
    name = "roi",
    mixinStandardHelpOptions = true,
    description = {
      "Measured ROI after go-live: each benefit stream (sales, retention, service, marketing)"
          + " estimated against a counterfactual — naive before/after, interrupted time series"
          + " and staggered difference-in-differences side by side — with bootstrap 95%%"
          + " intervals for the benefits, ROI, NPV, IRR and payback, set against the crm_costs"
          + " ledger. Units, go-live dates, confounders and bootstrap settings come from"
          + " crm-roi.yaml."
    })
final class RoiCommand implements Callable<Integer> {
  @Mixin TableOrJsonOption output;
  private OutputFormat format;

  @Option(
      names = "--replicates",
      paramLabel = "N",
      description = "Bootstrap replicates (default: bootstrap.replicates of the configuration).")
  Integer replicates;

  @ParentCommand Main main;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    format = output.get();
    CrmRoiConfig config = Session.config(main.global, List.of());
    if (Session.configFile(main.global, List.of()).isEmpty() && !main.global.quiet) {
      spec.commandLine()
          .getErr()
          .println(
              "crm-roi: no crm-roi.yaml here and no --config: using"
                  + " the defaults, which put every unit live on "
                  + config.goLive().allUnits().map(Object::toString).orElse("the same day")
                  + " with no control group. Set units and"
                  + " go_live (crm-roi init writes the file).");
    }
    if (replicates != null) {
      config = Session.withReplicates(config, replicates);
    }
    try (Store store = Session.existingStore(main.global, config)) {
      RoiReport report = new MeasuredRoi(store, config).run();
      new RoiView(spec.commandLine().getOut(), format).print(report);
    }
    return ExitCode.OK;
  }
}
