package dev.crmroi.cli;

import dev.crmroi.analytics.roi.RoiReport;
import dev.crmroi.analytics.roi.RoiReport.Estimate;
import dev.crmroi.analytics.roi.RoiReport.Figure;
import dev.crmroi.analytics.roi.RoiReport.StreamResult;
import dev.crmroi.core.causal.Interval;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** Prints a measured ROI: streams by estimator, costs, figures with intervals, caveats. */
final class RoiView {
  private final PrintWriter out;
  private final OutputFormat format;

  RoiView(PrintWriter out, OutputFormat format) {
    this.out = out;
    this.format = format;
  }

  void print(RoiReport r) {
    if (format == OutputFormat.json) {
      out.println(Json.write(RoiJson.of(r)));
      return;
    }
    out.printf("Measured ROI of the CRM, %s to %s (%s)%n", r.from(), r.to(), r.currency());
    out.printf(
        "Headline estimator: %s. %s%n",
        name(r.headline().estimator().name()), r.headline().reason());
    out.printf(
        "Went live: %s; never live (controls): %s%n%n",
        r.goLive().entrySet().stream()
            .sorted(java.util.Map.Entry.comparingByValue())
            .map(e -> e.getKey() + " " + e.getValue())
            .collect(Collectors.joining(", ")),
        r.controls().isEmpty() ? "none" : String.join(", ", r.controls()));
    streams(r);
    figures(r);
    notes(r);
  }

  private void streams(RoiReport r) {
    TextTable t =
        new TextTable(
            "incremental benefit",
            "naive (biased)",
            "interrupted time series [95% CI]",
            "difference-in-differences [95% CI]");
    List<StreamResult> rows = new ArrayList<>(r.streams());
    rows.add(r.total());
    for (StreamResult s : rows) {
      t.row(
          s.stream(),
          money(estimate(s, "naive").map(Estimate::point)),
          withCi(estimate(s, "its")),
          withCi(estimate(s, "did")));
    }
    t.print(out);
    out.printf(
        "%nCost of ownership from %s: %s (%s)%n",
        r.costs().firstCost(),
        money(Optional.of(r.costs().total())),
        r.costs().byCategory().entrySet().stream()
            .map(e -> e.getKey() + " " + money(Optional.of(e.getValue())))
            .collect(Collectors.joining(", ")));
  }

  private void figures(RoiReport r) {
    out.println();
    TextTable t = new TextTable("measured", "value", "95% CI", "note");
    for (Figure f : r.figures()) {
      boolean rate = f.name().equals("roi") || f.name().equals("irr");
      t.row(
          label(f.name()),
          f.point().isPresent() ? format(f.point().getAsDouble(), rate) : "n/a",
          f.ci95()
              .map(i -> "[" + format(i.lower(), rate) + ", " + format(i.upper(), rate) + "]")
              .orElse(""),
          f.note());
    }
    t.print(out);
    r.riskAdjustedRoi()
        .ifPresent(
            v ->
                out.printf(
                    "Risk-adjusted ROI (benefits and costs adjusted as configured): %s%n",
                    format(v, true)));
  }

  private void notes(RoiReport r) {
    r.preTrend().ifPresent(p -> out.printf("Pre-trend test: %s%n", p.verdict()));
    out.println("Method:");
    r.method().forEach(m -> out.println("  - " + m));
    RoiReport.Projection p = r.projection();
    out.printf(
        "Projection over %d months from the first go-live at the last measured run-rate of"
            + " %s a month: ROI %s (a projection, not a measurement).%n",
        p.horizonMonths(), money(Optional.of(p.monthlyRunRate())), format(p.roi(), true));
    out.printf(
        "Data quality score: %s%n",
        r.dataQualityScore().isPresent()
            ? String.format(Locale.ROOT, "%.1f / 100", r.dataQualityScore().getAsDouble())
            : "not audited yet (run crm-roi quality)");
    if (!r.events().isEmpty()) {
      out.println("Confounders named in the configuration:");
      r.events().forEach(e -> out.println("  - " + e));
    }
    if (!r.warnings().isEmpty()) {
      out.println("Warnings:");
      r.warnings().forEach(w -> out.println("  - " + w));
    }
  }

  static Optional<Estimate> estimate(StreamResult s, String estimator) {
    return s.estimates().stream().filter(e -> e.estimator().equals(estimator)).findFirst();
  }

  private static String withCi(Optional<Estimate> e) {
    if (e.isEmpty()) {
      return "";
    }
    Interval ci = e.get().ci95().orElseThrow();
    return money(Optional.of(e.get().point()))
        + " ["
        + money(Optional.of(ci.lower()))
        + ", "
        + money(Optional.of(ci.upper()))
        + "]";
  }

  private static String label(String figure) {
    return switch (figure) {
      case "roi" -> "ROI";
      case "npv" -> "NPV";
      case "irr" -> "IRR (annual)";
      case "payback_months" -> "payback (months)";
      default -> figure;
    };
  }

  private static String name(String kind) {
    return kind.equals("STAGGERED_DID")
        ? "staggered difference-in-differences"
        : "interrupted time series";
  }

  private static String format(double v, boolean rate) {
    return rate
        ? String.format(Locale.ROOT, "%.1f%%", v * 100)
        : String.format(Locale.ROOT, "%,.1f", v);
  }

  private static String money(Optional<Double> v) {
    return v.map(x -> String.format(Locale.ROOT, "%,.0f", x)).orElse("");
  }
}
