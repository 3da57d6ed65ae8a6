package dev.crmroi.generator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Generates a synthetic B2B company's CRM history as a canonical export (one CSV per canonical
 * table plus a matching {@code crm-roi.yaml}) with a known, injected CRM effect, and returns that
 * truth so the measured ROI can be scored against it.
 */
public final class SyntheticCrm {

  private SyntheticCrm() {}

  /**
   * Writes the export into {@code outDir} (created if needed; existing files are overwritten).
   *
   * @param spec seed, scale, effect multiplier and whether to inject dirt
   * @param outDir the directory to write into
   * @param listener told about progress; {@link GenerationListener#NONE} to ignore it
   * @return what was injected
   */
  public static Truth generate(GeneratorSpec spec, Path outDir, GenerationListener listener) {
    try {
      Files.createDirectories(outDir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create output directory " + outDir, e);
    }
    Randoms randoms = new Randoms(spec.seed());
    CrmEffect effect = new CrmEffect(spec.effectScale());
    DirtLog dirt = new DirtLog(spec.dirt());
    EffectLedger ledger = new EffectLedger();
    FxRates fx = new FxRates(randoms);
    Workforce staff = new Workforce(randoms, spec.scale());
    AccountBook book = new AccountBook(randoms, spec.scale(), staff);
    MarketingPlan marketing = new MarketingPlan(randoms, spec.scale(), effect, book, staff);
    ActivityWriter activities = new ActivityWriter(book);
    SalesWriter.SalesContext context =
        new SalesWriter.SalesContext(
            randoms, effect, staff, book, marketing, fx, ledger, dirt, activities);
    Progress progress = new Progress(listener, expectedRows(spec.scale()));
    CostLedger costs = new CostLedger(staff, spec.scale());
    Export export = new Export(outDir, progress);
    try (export) {
      fx.write(export);
      new Adoption(staff, randoms).write(export);
      new AccountWriter(book, randoms, dirt).write(export);
      marketing.writeCampaignsAndSpend(export, fx, ledger);
      CostLedger.writeOperatingSpend(export, fx, spec.scale());
      new SalesWriter(context).write(export);
      new LeadWriter(marketing, book, randoms, activities).write(export);
      new ServiceWriter(context, spec.scale()).write(export);
      new RetentionWriter(context, spec.scale()).write(export);
      costs.write(export, fx);
    }
    progress.finish();
    List<Truth.Event> events = Confounders.events(staff);
    ConfigWriter.write(outDir, events);
    return new TruthAssembler(spec, ledger, costs.usdByCategory(), events, export.rowCounts(), dirt)
        .assemble();
  }

  /** A rough row count for the progress bar: about 45 thousand rows per unit of scale. */
  static long expectedRows(Scale scale) {
    return 45_000L * scale.factor();
  }
}
