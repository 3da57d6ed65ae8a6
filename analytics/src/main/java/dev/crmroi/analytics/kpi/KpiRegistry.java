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
  /** KPIs that improve as they fall; every other KPI improves as it rises. */
  private static final java.util.Set<String> LOWER_IS_BETTER =
      java.util.Set.of(
          "sales_cycle_days",
          "time_to_first_contact_hours",
          "cost_per_lead",
          "cac",
          "churn_rate",
          "revenue_churn",
          "avg_resolution_hours",
          "first_response_hours",
          "avg_handle_time_min",
          "reopen_rate",
          "tco",
          "payback_months");

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

  /**
   * Which way KPI {@code id} improves.
   *
   * @throws IllegalArgumentException when {@code id} is unknown
   */
  public Direction direction(String id) {
    get(id);
    return LOWER_IS_BETTER.contains(id) ? Direction.LOWER_IS_BETTER : Direction.HIGHER_IS_BETTER;
  }
}
