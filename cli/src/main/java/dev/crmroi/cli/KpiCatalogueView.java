package dev.crmroi.cli;

import dev.crmroi.analytics.kpi.KpiDefinition;
import dev.crmroi.analytics.kpi.KpiRegistry;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Prints the KPI catalogue ({@code kpi --list}): id, unit, status and formula of every KPI. */
final class KpiCatalogueView {
  private final PrintWriter out;
  private final OutputFormat format;

  KpiCatalogueView(PrintWriter out, OutputFormat format) {
    this.out = out;
    this.format = format;
  }

  void print(KpiRegistry registry) {
    List<Map<String, Object>> rows = new ArrayList<>();
    TextTable t = new TextTable("kpi", "unit", "status", "formula");
    for (KpiDefinition d : registry.all()) {
      String status = d.notYet().orElse("available");
      t.row(d.id(), d.unit().key(), status, d.formula());
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", d.id());
      m.put("name", d.name());
      m.put("formula", d.formula());
      m.put("unit", d.unit().key());
      m.put("tables", d.tables());
      m.put("status", status);
      rows.add(m);
    }
    switch (format) {
      case json -> out.println(Json.write(Map.of("kpis", rows)));
      case csv -> {
        out.println("id,unit,status,formula");
        rows.forEach(
            m ->
                out.println(
                    m.get("id")
                        + ","
                        + m.get("unit")
                        + ","
                        + Csv.quote((String) m.get("status"))
                        + ","
                        + Csv.quote((String) m.get("formula"))));
      }
      case table -> t.print(out);
    }
  }
}
