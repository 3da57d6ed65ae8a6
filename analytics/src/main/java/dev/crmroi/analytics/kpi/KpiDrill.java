package dev.crmroi.analytics.kpi;

import dev.crmroi.core.kpi.KpiValue;
import java.util.List;

/**
 * A KPI value and the records behind it.
 *
 * @param value the value of the slice drilled into
 * @param records the records behind its numerator and denominator, oldest first
 * @param truncated whether more records exist than were returned
 */
public record KpiDrill(KpiValue value, List<DrillRecord> records, boolean truncated) {
  public KpiDrill {
    records = List.copyOf(records);
  }
}
