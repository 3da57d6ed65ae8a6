package dev.crmroi.core.causal;

import java.util.List;

/**
 * Naive before/after effects per treated unit and pooled.
 *
 * @param units one effect per treated unit, in panel order
 * @param pooledEffectPerMonth the units' monthly effects averaged over their observed post months
 * @param pooledTotal sum of the units' totals
 * @param caveat why the number is biased, for the report
 */
public record NaiveResult(
    List<NaiveEffect> units, double pooledEffectPerMonth, double pooledTotal, String caveat) {

  /** Copies the unit list. */
  public NaiveResult {
    units = List.copyOf(units);
  }
}
