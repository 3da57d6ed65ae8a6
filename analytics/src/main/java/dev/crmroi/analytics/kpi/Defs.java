package dev.crmroi.analytics.kpi;

import dev.crmroi.core.kpi.Dimension;
import dev.crmroi.core.kpi.KpiUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Short constructors for the catalogue files, so each definition reads as one line of data. */
final class Defs {
  static final Set<Dimension> ALL_DIMS = EnumSet.complementOf(EnumSet.of(Dimension.NONE));
  static final Set<Dimension> ACCOUNT_AND_USER =
      EnumSet.of(Dimension.REGION, Dimension.SEGMENT, Dimension.TEAM, Dimension.OWNER);
  static final Set<Dimension> USER = EnumSet.of(Dimension.REGION, Dimension.TEAM, Dimension.OWNER);
  static final Set<Dimension> ACCOUNT_USER_CHANNEL =
      EnumSet.of(
          Dimension.REGION, Dimension.SEGMENT, Dimension.TEAM, Dimension.OWNER, Dimension.CHANNEL);

  private Defs() {}

  static KpiDefinition sum(
      String id, String name, String formula, KpiUnit unit, List<String> tables, Set<Dimension> d) {
    return new KpiDefinition(
        id, name, formula, unit, tables, d, Aggregation.SUM, 1, "", List.of(), Optional.empty());
  }

  static KpiDefinition ratio(
      String id,
      String name,
      String formula,
      KpiUnit unit,
      List<String> tables,
      Set<Dimension> d,
      String emptyReason,
      String... extras) {
    return new KpiDefinition(
        id,
        name,
        formula,
        unit,
        tables,
        d,
        Aggregation.RATIO,
        1,
        emptyReason,
        List.of(extras),
        Optional.empty());
  }

  static KpiDefinition median(
      String id,
      String name,
      String formula,
      KpiUnit unit,
      List<String> tables,
      Set<Dimension> d,
      String emptyReason) {
    return new KpiDefinition(
        id,
        name,
        formula,
        unit,
        tables,
        d,
        Aggregation.MEDIAN,
        1,
        emptyReason,
        List.of(),
        Optional.empty());
  }

  static KpiDefinition scaled(KpiDefinition d, double scale) {
    return new KpiDefinition(
        d.id(),
        d.name(),
        d.formula(),
        d.unit(),
        d.tables(),
        d.dimensions(),
        d.aggregation(),
        scale,
        d.emptyReason(),
        d.extras(),
        d.notYet());
  }

  static KpiDefinition notYet(String id, String name, String formula, KpiUnit unit, String why) {
    return new KpiDefinition(
        id,
        name,
        formula,
        unit,
        List.of(),
        Set.of(),
        Aggregation.NOT_YET,
        1,
        "",
        List.of(),
        Optional.of(why));
  }
}
