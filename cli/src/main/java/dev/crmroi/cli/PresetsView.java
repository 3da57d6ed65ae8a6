package dev.crmroi.cli;

import dev.crmroi.core.businesscase.BenchmarkPreset;
import dev.crmroi.core.businesscase.Estimate;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Prints the benchmark presets, each with its sources and its caveat. */
final class PresetsView {
  private final PrintWriter out;
  private final OutputFormat format;

  PresetsView(PrintWriter out, OutputFormat format) {
    this.out = out;
    this.format = format;
  }

  void print(List<BenchmarkPreset> presets) {
    if (format == OutputFormat.json) {
      out.println(Json.write(Map.of("presets", presets.stream().map(PresetsView::json).toList())));
      return;
    }
    out.println("Benchmark presets: published ranges with their sources. Read the caveat first.");
    for (BenchmarkPreset p : presets) {
      out.println();
      out.printf(
          "%s: %s to %s, suggested %s%n",
          p.field(), CalcFormat.value(p.low()), CalcFormat.value(p.high()), yaml(p.suggested()));
      for (BenchmarkPreset.Source s : p.sources()) {
        out.printf(
            "  source: %s, %s (%d): \"%s\"; read at %s%n",
            s.publisher(), s.title(), s.year(), s.figure(), s.foundAt());
      }
      out.println("  caveat: " + p.caveat());
    }
  }

  /** The estimate as it would be written in a scenario file. */
  static String yaml(Estimate e) {
    Map<String, Object> m = estimate(e);
    if (m.size() == 2 && m.containsKey("value")) {
      return plain(m.get("value"));
    }
    StringBuilder b = new StringBuilder("{");
    m.forEach(
        (k, v) -> b.append(b.length() > 1 ? ", " : "").append(k).append(": ").append(plain(v)));
    return b.append("}").toString();
  }

  private static String plain(Object v) {
    if (v instanceof Double d && Double.isFinite(d)) {
      return new java.math.BigDecimal(Double.toString(d)).stripTrailingZeros().toPlainString();
    }
    return String.valueOf(v);
  }

  /** {@code {"dist", …fields}} as in a scenario file. */
  static Map<String, Object> estimate(Estimate e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("dist", e.kind());
    if (e instanceof Estimate.Fixed f) {
      m.put("value", f.value());
    } else if (e instanceof Estimate.Triangular t) {
      m.put("min", t.min());
      m.put("mode", t.mode());
      m.put("max", t.max());
    } else if (e instanceof Estimate.Normal n) {
      m.put("mean", n.mean());
      m.put("sd", n.sd());
    } else if (e instanceof Estimate.Uniform u) {
      m.put("min", u.min());
      m.put("max", u.max());
    } else if (e instanceof Estimate.LogNormal l) {
      m.put("median", l.median());
      m.put("sigma", l.sigma());
    }
    return m;
  }

  private static Map<String, Object> json(BenchmarkPreset p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("field", p.field());
    m.put("low", p.low());
    m.put("high", p.high());
    m.put("suggested", estimate(p.suggested()));
    m.put(
        "sources",
        p.sources().stream()
            .map(
                s -> {
                  Map<String, Object> src = new LinkedHashMap<>();
                  src.put("title", s.title());
                  src.put("publisher", s.publisher());
                  src.put("year", s.year());
                  src.put("figure", s.figure());
                  src.put("found_at", s.foundAt());
                  return src;
                })
            .toList());
    m.put("caveat", p.caveat());
    return m;
  }
}
