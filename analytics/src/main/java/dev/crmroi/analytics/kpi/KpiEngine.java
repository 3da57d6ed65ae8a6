package dev.crmroi.analytics.kpi;

import dev.crmroi.core.kpi.Dimension;
import dev.crmroi.core.kpi.KpiComparison;
import dev.crmroi.core.kpi.KpiValue;
import dev.crmroi.core.kpi.Period;
import dev.crmroi.store.Store;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Computes the KPIs of a {@link KpiRegistry} over the canonical store for any period and slice,
 * with the records behind each value. Every KPI is one grouped query inside DuckDB; a KPI whose
 * tables hold no rows, or whose denominator is 0, is {@code n/a} with the reason, never 0.
 */
public final class KpiEngine {
  private final Store store;
  private final KpiRegistry registry;
  private final double grossMargin;
  private final FactsQuery query;
  private final Optional<RollupQuery> rollups;

  /**
   * An engine over {@code store}.
   *
   * @param grossMargin the configured margin used where invoices and opportunities carry no cost
   */
  public KpiEngine(Store store, KpiRegistry registry, double grossMargin) {
    this(store, registry, grossMargin, true);
  }

  private KpiEngine(Store store, KpiRegistry registry, double grossMargin, boolean useRollups) {
    if (!(grossMargin >= 0 && grossMargin <= 1)) {
      throw new IllegalArgumentException("gross margin must be in [0, 1] but was " + grossMargin);
    }
    this.store = store;
    this.registry = registry;
    this.grossMargin = grossMargin;
    this.query = new FactsQuery(store, grossMargin);
    this.rollups = useRollups ? Optional.of(new RollupQuery(store, grossMargin)) : Optional.empty();
  }

  /**
   * The same engine computing every value from the raw rows, never from {@link Rollups} (for checks
   * and benchmarks; the values are the same).
   */
  public KpiEngine withoutRollups() {
    return new KpiEngine(store, registry, grossMargin, false);
  }

  /**
   * Whether {@link #compute} of {@code id} in {@code period} would read the monthly rollups now: a
   * rolled-up KPI, a period of whole months inside the rollups' span, rollups built with this gross
   * margin and no import since.
   */
  public boolean readsRollups(String id, Period period) {
    return rollups.isPresent() && rollups.get().answers(registry.get(id), period);
  }

  /**
   * The SQL that computes KPI {@code id} grouped by {@code by}, with three parameters: period
   * start, period end (exclusive) and the previous period's start, as ISO timestamps. It is what
   * {@link #compute} runs, so anyone can rerun it directly on the store and get the same numbers.
   */
  public String sql(String id, Dimension by) {
    return query.sql(registry.get(id), by);
  }

  /** The catalogue this engine computes. */
  public KpiRegistry registry() {
    return registry;
  }

  /**
   * KPI {@code id} in {@code period}, one value per slice of {@code by} (slice {@code all} for
   * {@link Dimension#NONE}), ordered by slice.
   */
  public List<KpiValue> compute(String id, Period period, Dimension by) {
    KpiDefinition def = registry.get(id);
    Optional<KpiValue> unavailable = unavailable(def, period, by);
    if (unavailable.isPresent()) {
      return List.of(unavailable.get());
    }
    List<GroupedRow> rows =
        rollups
            .flatMap(r -> r.grouped(def, period, by))
            .orElseGet(() -> query.grouped(def, period, by));
    if (rows.isEmpty()) {
      return List.of(Values.empty(def, period, Dimension.ALL));
    }
    return rows.stream().map(r -> Values.of(def, period, r)).toList();
  }

  /** Like {@link #compute} for each of {@code ids}, in that order. */
  public List<KpiValue> compute(List<String> ids, Period period, Dimension by) {
    List<KpiValue> out = new ArrayList<>();
    ids.forEach(id -> out.addAll(compute(id, period, by)));
    return out;
  }

  /**
   * KPI {@code id} in {@code period} beside the same slices in {@code base}; a slice with no record
   * in one of the periods is compared with that period's empty value.
   */
  public List<KpiComparison> compare(String id, Period period, Period base, Dimension by) {
    KpiDefinition def = registry.get(id);
    Map<String, KpiValue> now = bySlice(compute(id, period, by));
    Map<String, KpiValue> before = bySlice(compute(id, base, by));
    List<String> slices = new ArrayList<>(now.keySet());
    before.keySet().stream().filter(s -> !now.containsKey(s)).forEach(slices::add);
    if (slices.size() > 1) {
      slices.remove(Dimension.ALL);
    }
    return slices.stream()
        .map(
            s ->
                new KpiComparison(
                    now.getOrDefault(s, Values.empty(def, period, s)),
                    before.getOrDefault(s, Values.empty(def, base, s))))
        .toList();
  }

  /** KPI {@code id} for each calendar month of {@code period} (clipped to it), oldest first. */
  public Map<Period, List<KpiValue>> monthlySeries(String id, Period period, Dimension by) {
    Map<Period, List<KpiValue>> series = new LinkedHashMap<>();
    for (Period month : period.months()) {
      series.put(month, compute(id, month, by));
    }
    return series;
  }

  /**
   * The value of KPI {@code id} in slice {@code slice} of {@code by} and at most {@code limit}
   * records behind it: every record that adds to its numerator or denominator.
   */
  public KpiDrill drill(String id, Period period, Dimension by, String slice, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("drill limit must be ≥ 1 but was " + limit);
    }
    KpiDefinition def = registry.get(id);
    String target = by == Dimension.NONE ? Dimension.ALL : slice;
    KpiValue value =
        compute(id, period, by).stream()
            .filter(v -> v.slice().equals(target))
            .findFirst()
            .orElseGet(() -> Values.empty(def, period, target));
    if (unavailable(def, period, by).isPresent()) {
      return new KpiDrill(value, List.of(), false);
    }
    List<DrillRecord> records = query.drill(def, period, by, target, limit + 1);
    boolean truncated = records.size() > limit;
    return new KpiDrill(value, truncated ? records.subList(0, limit) : records, truncated);
  }

  private Optional<KpiValue> unavailable(KpiDefinition def, Period period, Dimension by) {
    if (!def.implemented()) {
      return Optional.of(Values.notYet(def, period));
    }
    if (!def.slicesBy(by)) {
      return Optional.of(
          Values.na(def, period, Dimension.ALL, 0, def.id() + " cannot be sliced by " + by.key()));
    }
    for (String need : def.tables()) {
      List<String> alternatives = List.of(need.split("\\|"));
      if (alternatives.stream().noneMatch(query::hasRows)) {
        return Optional.of(
            Values.na(def, period, Dimension.ALL, 0, "no " + names(alternatives) + " imported"));
      }
    }
    return Optional.empty();
  }

  private static String names(List<String> tables) {
    if (tables.size() == 1) {
      return tables.get(0);
    }
    return String.join(", ", tables.subList(0, tables.size() - 1))
        + " or "
        + tables.get(tables.size() - 1);
  }

  private static Map<String, KpiValue> bySlice(List<KpiValue> values) {
    Map<String, KpiValue> m = new LinkedHashMap<>();
    values.forEach(v -> m.put(v.slice(), v));
    return m;
  }
}
