package dev.crmroi.cli;

import dev.crmroi.analytics.quality.DuplicateGroup;
import dev.crmroi.analytics.quality.Issue;
import dev.crmroi.analytics.quality.QualityReport;
import dev.crmroi.analytics.quality.QualityRun;
import dev.crmroi.analytics.quality.RejectCount;
import dev.crmroi.analytics.quality.TableQuality;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Prints a quality report as a table or as JSON ({@code {"score", "tables": [{"table", "rows",
 * "completeness", "validity", "duplicates": {"exact", "fuzzy"}, "orphans", "freshness_days",
 * "score"}], "duplicate_groups": [{"table", "ids", "reason"}], "issues": [{"table", "column",
 * "kind", "count", "examples"}]}}, extended, never renamed).
 */
final class QualityView {
  private static final int TOP_ISSUES = 15;
  private static final int SHOWN_GROUPS = 10;
  private final PrintWriter out;
  private final OutputFormat format;

  QualityView(PrintWriter out, OutputFormat format) {
    this.out = out;
    this.format = format;
  }

  void print(QualityReport r, double threshold, List<Path> exported) {
    if (format == OutputFormat.json) {
      out.println(Json.write(json(r, threshold)));
      return;
    }
    out.printf(
        Locale.ROOT,
        "Data quality score: %.1f / 100 (gate: %s %.0f)%s%n%n",
        r.score(),
        r.score() < threshold ? "BELOW" : "at or above",
        threshold,
        r.asOf().map(d -> ", newest record " + d).orElse(""));
    TextTable t =
        new TextTable(
            "table",
            "rows",
            "score",
            "complete",
            "valid",
            "unique",
            "consistent",
            "fresh",
            "exact dup",
            "fuzzy dup",
            "orphans",
            "days behind",
            "rejected");
    for (TableQuality q : r.tables()) {
      t.row(
          q.table(),
          q.rows(),
          pct(q.score()),
          pct(q.completeness()),
          pct(q.validity()),
          pct(q.uniqueness()),
          pct(q.consistency()),
          q.freshness().isPresent() ? pct(q.freshness().getAsDouble()) : "",
          q.exactDuplicates(),
          q.fuzzyDuplicates(),
          q.orphans(),
          q.freshnessDays().isPresent() ? String.valueOf(q.freshnessDays().getAsLong()) : "",
          q.rejected());
    }
    t.print(out);
    printIssues(r.issues());
    printGroups(r.duplicateGroups());
    printRejects(r.rejects());
    if (!exported.isEmpty()) {
      out.printf(
          "%nFull lists written: %d file(s) in %s%n", exported.size(), exported.get(0).getParent());
    }
  }

  void printHistory(List<QualityRun> runs) {
    if (format == OutputFormat.json) {
      out.println(Json.write(Map.of("runs", runs.stream().map(QualityView::json).toList())));
      return;
    }
    if (runs.isEmpty()) {
      out.println("No quality audit recorded yet; run crm-roi quality.");
      return;
    }
    TextTable t =
        new TextTable(
            "run", "audited at", "import", "newest record", "score", "issues", "duplicate groups");
    for (QualityRun q : runs) {
      t.row(
          q.runId(),
          q.auditedAt().toString(),
          q.importId().isPresent() ? String.valueOf(q.importId().getAsLong()) : "",
          q.asOf().map(Object::toString).orElse(""),
          pct(q.score()),
          q.issues(),
          q.duplicateGroups());
    }
    t.print(out);
  }

  private void printIssues(List<Issue> issues) {
    out.printf("%nTop issues (what costs the most score first):%n");
    if (issues.isEmpty()) {
      out.println("  none");
      return;
    }
    TextTable t =
        new TextTable("table", "column", "problem", "dimension", "count", "share", "examples");
    issues.stream()
        .limit(TOP_ISSUES)
        .forEach(
            i ->
                t.row(
                    i.table(),
                    i.column(),
                    i.kind(),
                    i.dimension().label(),
                    i.count(),
                    String.format(Locale.ROOT, "%.2f%%", 100 * i.share()),
                    String.join(" ", i.examples().subList(0, Math.min(3, i.examples().size())))));
    t.print(out);
    if (issues.size() > TOP_ISSUES) {
      out.printf(
          "  ... and %d more (--format json lists all, --export DIR writes every record)%n",
          issues.size() - TOP_ISSUES);
    }
  }

  private void printGroups(List<DuplicateGroup> groups) {
    out.printf("%nDuplicate groups: %d%n", groups.size());
    groups.stream()
        .limit(SHOWN_GROUPS)
        .forEach(
            g -> out.printf("  %s %s: %s%n", g.table(), String.join(" = ", g.ids()), g.reason()));
  }

  private void printRejects(List<RejectCount> rejects) {
    long total = rejects.stream().mapToLong(RejectCount::count).sum();
    out.printf("%nRows rejected by the last import: %,d%n", total);
    rejects.forEach(
        r ->
            out.printf(
                "  %s.%s: %,d (e.g. %s)%n",
                r.table(),
                r.column(),
                r.count(),
                String.join(" ", r.examples().subList(0, Math.min(3, r.examples().size())))));
  }

  private static Map<String, Object> json(QualityReport r, double threshold) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("score", round(r.score()));
    root.put("fail_below", threshold);
    root.put("passed", r.score() >= threshold);
    root.put("as_of", r.asOf().map(Object::toString).orElse(null));
    root.put("audited_at", r.auditedAt().toString());
    root.put("tables", r.tables().stream().map(QualityView::json).toList());
    root.put(
        "duplicate_groups",
        r.duplicateGroups().stream()
            .map(
                g -> {
                  Map<String, Object> m = new LinkedHashMap<>();
                  m.put("table", g.table());
                  m.put("ids", g.ids());
                  m.put("reason", g.reason());
                  m.put("exact", g.exact());
                  return m;
                })
            .toList());
    root.put(
        "issues",
        r.issues().stream()
            .map(
                i -> {
                  Map<String, Object> m = new LinkedHashMap<>();
                  m.put("table", i.table());
                  m.put("column", i.column());
                  m.put("kind", i.kind());
                  m.put("count", i.count());
                  m.put("examples", i.examples());
                  m.put("dimension", i.dimension().label());
                  m.put("share", i.share());
                  return m;
                })
            .toList());
    root.put("rejects", r.rejects());
    return root;
  }

  private static Map<String, Object> json(TableQuality q) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("table", q.table());
    m.put("rows", q.rows());
    m.put("completeness", round(q.completeness()));
    m.put("validity", round(q.validity()));
    m.put("duplicates", Map.of("exact", q.exactDuplicates(), "fuzzy", q.fuzzyDuplicates()));
    m.put("orphans", q.orphans());
    m.put("freshness_days", q.freshnessDays().isPresent() ? q.freshnessDays().getAsLong() : null);
    m.put("score", round(q.score()));
    m.put("uniqueness", round(q.uniqueness()));
    m.put("consistency", round(q.consistency()));
    m.put("freshness", q.freshness().isPresent() ? round(q.freshness().getAsDouble()) : null);
    m.put("gap_months", q.gapMonths());
    m.put("rejected", q.rejected());
    return m;
  }

  private static Map<String, Object> json(QualityRun q) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("run_id", q.runId());
    m.put("audited_at", q.auditedAt().toString());
    m.put("import_id", q.importId().isPresent() ? q.importId().getAsLong() : null);
    m.put("as_of", q.asOf().map(Object::toString).orElse(null));
    m.put("score", round(q.score()));
    m.put("issues", q.issues());
    m.put("duplicate_groups", q.duplicateGroups());
    return m;
  }

  private static double round(double v) {
    return Math.round(v * 100) / 100.0;
  }

  private static String pct(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }
}
