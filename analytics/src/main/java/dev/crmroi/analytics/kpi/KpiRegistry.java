package dev.crmroi.analytics.kpi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The KPI catalogue of metrics.md as data: every KPI, implemented or "not yet" with the reason, in
 * catalogue order. One instance is built by the composition root and passed to the engine.
 */
public final class KpiRegistry {
  private final Map<String, KpiDefinition> byId = new LinkedHashMap<>();

  private KpiRegistry(List<KpiDefinition> definitions) {
    for (KpiDefinition d : definitions) {
      if (byId.put(d.id(), d) != null) {
        throw new IllegalArgumentException("KPI id " + d.id() + " is defined twice");
      }
    }
  }

  /** The catalogue of metrics.md. */
  public static KpiRegistry standard() {
    return new KpiRegistry(
        List.copyOf(
            java.util.stream.Stream.of(
                    SalesKpis.all(), MarketingKpis.all(), CustomerKpis.all(), OperationsKpis.all())
                .flatMap(List::stream)
                .toList()));
  }

  /** Every definition, in catalogue order. */
  public List<KpiDefinition> all() {
    return List.copyOf(byId.values());
  }

  /** The definition of {@code id}, if the catalogue has it. */
  public Optional<KpiDefinition> find(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /**
   * The definition of {@code id}.
   *
   * @throws IllegalArgumentException naming the id and the known ids when it is unknown
   */
  public KpiDefinition get(String id) {
    return find(id)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "unknown KPI '" + id + "'; known: " + String.join(", ", byId.keySet())));
  }
}
