package dev.crmroi.core.config;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * When the CRM went live: one date for every unit, or one per listed unit (units not listed never
 * went live and serve as controls).
 *
 * @param allUnits the date for every unit, when one date applies to all
 * @param perUnit the date per unit, when units went live at different dates
 */
public record GoLive(Optional<LocalDate> allUnits, Map<String, LocalDate> perUnit) {

  public GoLive {
    perUnit = Map.copyOf(perUnit);
    if (allUnits.isPresent() == !perUnit.isEmpty()) {
      throw new IllegalArgumentException("go_live is either one date or a date per unit");
    }
  }

  /** One go-live date for every unit. */
  public static GoLive everywhere(LocalDate date) {
    return new GoLive(Optional.of(date), Map.of());
  }

  /** A go-live date per unit. */
  public static GoLive perUnit(Map<String, LocalDate> dates) {
    return new GoLive(Optional.empty(), new TreeMap<>(dates));
  }

  /** The go-live date of a unit, empty when the unit never went live. */
  public Optional<LocalDate> of(String unit) {
    return allUnits.isPresent() ? allUnits : Optional.ofNullable(perUnit.get(unit));
  }
}
