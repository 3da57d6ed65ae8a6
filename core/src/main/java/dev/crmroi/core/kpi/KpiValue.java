package dev.crmroi.core.kpi;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One KPI for one period and slice, with what it was computed from (design: metrics.md). When the
 * value cannot be computed (missing table, zero denominator) {@link #value()} is empty and {@link
 * #reason()} says why; it is never reported as zero.
 *
 * @param id the KPI's id in the catalogue
 * @param period the period it covers
 * @param slice the slice value ({@code all} when not sliced, {@code unassigned} for records with no
 *     value for the dimension)
 * @param value the KPI, empty when {@code n/a}
 * @param numerator the numerator, empty when the KPI has none (a median) or is {@code n/a}
 * @param denominator the denominator, empty when the KPI has none (a sum or count)
 * @param unit the unit of {@code value}
 * @param n the number of records behind the value
 * @param extras secondary statistics named by the definition (e.g. {@code median}, {@code
 *     share_4_or_5})
 * @param reason why the value is {@code n/a}, empty otherwise
 */
public record KpiValue(
    String id,
    Period period,
    String slice,
    OptionalDouble value,
    OptionalDouble numerator,
    OptionalDouble denominator,
    KpiUnit unit,
    long n,
    Map<String, Double> extras,
    Optional<String> reason) {

  public KpiValue {
    extras = Map.copyOf(extras);
    if (value.isEmpty() && reason.isEmpty()) {
      throw new IllegalArgumentException("KPI " + id + " in " + slice + " is n/a without a reason");
    }
  }

  /** A value that cannot be computed, with the reason. */
  public static KpiValue notAvailable(
      String id, Period period, String slice, KpiUnit unit, long n, String reason) {
    return new KpiValue(
        id,
        period,
        slice,
        OptionalDouble.empty(),
        OptionalDouble.empty(),
        OptionalDouble.empty(),
        unit,
        n,
        Map.of(),
        Optional.of(reason));
  }

  /** Whether the value could be computed. */
  public boolean available() {
    return value.isPresent();
  }
}
