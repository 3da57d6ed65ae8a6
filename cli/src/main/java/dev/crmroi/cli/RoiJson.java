package dev.crmroi.cli;

import dev.crmroi.analytics.roi.RoiReport;
import dev.crmroi.analytics.roi.RoiReport.Estimate;
import dev.crmroi.analytics.roi.RoiReport.Figure;
import dev.crmroi.analytics.roi.RoiReport.StreamResult;
import dev.crmroi.core.causal.Interval;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The stable JSON shape of {@code roi --format json} (cli.md), built from a report. */
final class RoiJson {
  private RoiJson() {}

  static Map<String, Object> of(RoiReport r) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("currency", r.currency());
    root.put("horizon_months", r.projection().horizonMonths());
    root.put("measured_from", r.from().toString());
    root.put("measured_to", r.to().toString());
    root.put(
        "costs",
        Map.of(
            "total",
            r.costs().total(),
            "by_category",
            r.costs().byCategory(),
            "first_cost",
            r.costs().firstCost().toString()));
    List<Map<String, Object>> benefits = new ArrayList<>();
    List<StreamResult> all = new ArrayList<>(r.streams());
    all.add(r.total());
    for (StreamResult s : all) {
      for (Estimate e : s.estimates()) {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("stream", s.stream());
        b.put("estimator", e.estimator());
        b.put("point", e.point());
        b.put("ci95", e.ci95().map(RoiJson::bounds).orElse(null));
        b.put("headline", e.estimator().equals(s.headline().estimator()));
        benefits.add(b);
      }
    }
    root.put("benefits", benefits);
    for (Figure f : r.figures()) {
      root.put(f.name(), figure(f));
    }
    root.put(
        "risk_adjusted_roi",
        r.riskAdjustedRoi().isPresent() ? r.riskAdjustedRoi().getAsDouble() : null);
    root.put("estimators", List.of("naive", "its", "did"));
    root.put(
        "headline",
        Map.of(
            "estimator",
            r.headline().estimator().name().toLowerCase(),
            "reason",
            r.headline().reason()));
    root.put(
        "pre_trend_test",
        r.preTrend()
            .map(
                p -> {
                  Map<String, Object> m = new LinkedHashMap<>();
                  m.put("passed", p.passed());
                  m.put("verdict", p.verdict());
                  m.put(
                      "average_pre_effect",
                      p.averagePreEffect().map(RoiJson::interval).orElse(null));
                  return (Object) m;
                })
            .orElse(null));
    root.put(
        "event_study",
        r.eventStudy().stream()
            .map(e -> Map.of("months_since_go_live", e.eventTime(), "effect", interval(e.effect())))
            .toList());
    root.put("projection", projection(r.projection()));
    root.put(
        "data_quality_score",
        r.dataQualityScore().isPresent() ? r.dataQualityScore().getAsDouble() : null);
    root.put(
        "go_live",
        r.goLive().entrySet().stream()
            .collect(
                java.util.stream.Collectors.toMap(
                    Map.Entry::getKey,
                    e -> e.getValue().toString(),
                    (a, b) -> a,
                    java.util.TreeMap::new)));
    root.put("controls", r.controls());
    root.put("events", r.events());
    root.put("method", r.method());
    root.put("warnings", r.warnings());
    return root;
  }

  private static Map<String, Object> figure(Figure f) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("point", f.point().isPresent() ? f.point().getAsDouble() : null);
    m.put("ci95", f.ci95().map(RoiJson::bounds).orElse(null));
    m.put("note", f.note());
    return m;
  }

  private static Map<String, Object> projection(RoiReport.Projection p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("label", "projection from the measured run-rate, not a measurement");
    m.put("horizon_months", p.horizonMonths());
    m.put("monthly_run_rate", p.monthlyRunRate());
    m.put("benefits", p.benefits());
    m.put("costs", p.costs());
    m.put("roi", p.roi());
    return m;
  }

  private static List<Double> bounds(Interval i) {
    return List.of(i.lower(), i.upper());
  }

  private static Map<String, Object> interval(Interval i) {
    return Map.of("point", i.estimate(), "ci95", bounds(i));
  }
}
