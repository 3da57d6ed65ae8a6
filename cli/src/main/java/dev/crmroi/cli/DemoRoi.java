package dev.crmroi.cli;

import dev.crmroi.analytics.roi.MeasuredRoi;
import dev.crmroi.analytics.roi.RoiReport;
import dev.crmroi.analytics.roi.RoiReport.Estimate;
import dev.crmroi.core.config.CrmRoiConfig;
import dev.crmroi.generator.Truth;
import dev.crmroi.store.Store;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * The demo's ending: the measured ROI headline with its interval, the naive figure beside it, and
 * the truth the generator injected, so a new user sees the method work (and where it is unsure).
 */
final class DemoRoi {
  private final PrintWriter out;

  DemoRoi(PrintWriter out) {
    this.out = out;
  }

  void print(Store store, CrmRoiConfig config, Truth truth) {
    RoiReport r = new MeasuredRoi(store, config).run();
    Estimate total = r.total().headline();
    Estimate naive = r.total().estimates().get(0);
    out.printf(
        "%n5. Measured against the truth (full analysis: crm-roi roi --db ... --config"
            + " ...):%n");
    TextTable t =
        new TextTable(
            "   ",
            "measured (" + name(total.estimator()) + ")",
            "95% CI",
            "naive before/after",
            "injected truth");
    for (RoiReport.StreamResult stream : r.streams()) {
      t.row(
          "   " + stream.stream(),
          money(stream.headline().point()),
          ci(stream.headline()),
          money(stream.estimates().get(0).point()),
          money(truth.benefitByStream().getOrDefault(stream.stream(), 0.0)));
    }
    t.row(
        "   incremental benefit",
        money(total.point()),
        ci(total),
        money(naive.point()),
        money(truth.trueBenefitTotal()));
    t.row(
        "   ROI",
        percent(r.figure("roi").point().orElse(Double.NaN)),
        r.figure("roi")
            .ci95()
            .map(i -> "[" + percent(i.lower()) + ", " + percent(i.upper()) + "]")
            .orElse(""),
        percent((naive.point() - r.costs().total()) / r.costs().total()),
        percent(truth.trueRoi()));
    t.print(out);
    out.printf(
        "   The measured total is estimated on the streams together (one comparison, so that ROI"
            + " gets an interval), not added up from the rows above.%n");
    double truthTotal = truth.trueBenefitTotal();
    if (Math.abs(naive.point() - truthTotal) < 0.25 * Math.abs(truthTotal)) {
      out.printf(
          "   The naive total lands near the truth here only because its errors in the streams"
              + " above offset each other.%n");
    }
    out.printf(
        "   The naive figure credits the CRM with trend, seasonality, the price change and"
            + " hiring; the measured one compares each region with those not yet live. With five"
            + " regions and one that never went live the interval is wide: that is the honest"
            + " uncertainty of this design, and the reason to keep a control group.%n");
  }

  private static String name(String estimator) {
    return estimator.equals("did") ? "staggered DiD" : "time series";
  }

  private static String ci(Estimate e) {
    return e.ci95().map(i -> "[" + money(i.lower()) + ", " + money(i.upper()) + "]").orElse("");
  }

  private static String money(double v) {
    return String.format(Locale.ROOT, "%,.0f", v);
  }

  private static String percent(double v) {
    return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.0f%%", v * 100);
  }
}
