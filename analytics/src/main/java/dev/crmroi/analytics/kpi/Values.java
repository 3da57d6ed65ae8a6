package dev.crmroi.analytics.kpi;

import dev.crmroi.core.kpi.Dimension;
import dev.crmroi.core.kpi.KpiValue;
import dev.crmroi.core.kpi.Period;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/** Turns a slice's aggregated facts into a {@link KpiValue} by the definition's aggregation. */
final class Values {
  private Values() {}

  static KpiValue of(KpiDefinition def, Period period, GroupedRow row) {
    return switch (def.aggregation()) {
      case SUM -> sum(def, period, row.slice(), row.numerator(), row.n());
      case RATIO -> ratio(def, period, row);
      case MEDIAN -> median(def, period, row);
      case NOT_YET -> notYet(def, period);
    };
  }

  /** The value of a slice without any record in the period. */
  static KpiValue empty(KpiDefinition def, Period period, String slice) {
    if (def.aggregation() == Aggregation.SUM) {
      return sum(def, period, slice, 0, 0);
    }
    if (def.aggregation() == Aggregation.NOT_YET) {
      return notYet(def, period);
    }
    return na(def, period, slice, 0, def.emptyReason() + " in " + period + where(slice));
  }

  static KpiValue notYet(KpiDefinition def, Period period) {
    return na(def, period, Dimension.ALL, 0, def.notYet().orElseThrow());
  }

  static KpiValue na(KpiDefinition def, Period period, String slice, long n, String reason) {
    return KpiValue.notAvailable(def.id(), period, slice, def.unit(), n, reason);
  }

  private static KpiValue sum(
      KpiDefinition def, Period period, String slice, double total, long n) {
    return new KpiValue(
        def.id(),
        period,
        slice,
        OptionalDouble.of(total),
        OptionalDouble.of(total),
        OptionalDouble.empty(),
        def.unit(),
        n,
        Map.of(),
        Optional.empty());
  }

  private static KpiValue ratio(KpiDefinition def, Period period, GroupedRow row) {
    if (row.denominator() == 0) {
      return na(
          def,
          period,
          row.slice(),
          row.n(),
          def.emptyReason() + " in " + period + where(row.slice()));
    }
    Map<String, Double> extras = new LinkedHashMap<>();
    for (String extra : def.extras()) {
      OptionalDouble v = extra.equals("median") ? row.median() : row.share();
      v.ifPresent(x -> extras.put(extra, x));
    }
    return new KpiValue(
        def.id(),
        period,
        row.slice(),
        OptionalDouble.of(def.scale() * row.numerator() / row.denominator()),
        OptionalDouble.of(row.numerator()),
        OptionalDouble.of(row.denominator()),
        def.unit(),
        row.n(),
        extras,
        Optional.empty());
  }

  private static KpiValue median(KpiDefinition def, Period period, GroupedRow row) {
    if (row.observations() == 0 || row.median().isEmpty()) {
      return na(
          def,
          period,
          row.slice(),
          row.n(),
          def.emptyReason() + " in " + period + where(row.slice()));
    }
    return new KpiValue(
        def.id(),
        period,
        row.slice(),
        row.median(),
        OptionalDouble.empty(),
        OptionalDouble.empty(),
        def.unit(),
        row.observations(),
        Map.of("mean", row.numerator() / row.denominator()),
        Optional.empty());
  }

  private static String where(String slice) {
    return slice.equals(Dimension.ALL) ? "" : " for " + slice;
  }
}
