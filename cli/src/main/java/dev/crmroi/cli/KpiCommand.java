package dev.crmroi.cli;

import dev.crmroi.analytics.kpi.KpiEngine;
import dev.crmroi.analytics.kpi.KpiRegistry;
import dev.crmroi.core.config.CrmRoiConfig;
import dev.crmroi.core.kpi.Dimension;
import dev.crmroi.core.kpi.Period;
import dev.crmroi.store.Store;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code crm-roi kpi}: KPI values with numerator, denominator and n, per period and slice. */
@Command(
    name = "kpi",
    mixinStandardHelpOptions = true,
    description = {
      "KPI values of the metrics catalogue with their numerator, denominator and record count.",
      "A KPI that cannot be computed (table not imported, zero denominator, not built yet) is"
          + " n/a with the reason, never 0. Money is in the reporting currency."
    })
final class KpiCommand implements Callable<Integer> {
  @Parameters(
      paramLabel = "ID",
      arity = "0..*",
      description = "KPI ids (default: all; see --list).")
  List<String> ids = new ArrayList<>();

  @Option(
      names = "--period",
      paramLabel = "PERIOD",
      description = "2024, 2024-Q1, 2024-03 or 2024-01-01..2024-06-30 (default: this year).")
  String period;

  @Option(
      names = "--by",
      paramLabel = "DIM",
      description = "Slice by region, team, owner, segment, product_line or channel.")
  String by;

  @Option(
      names = "--compare",
      paramLabel = "BASE",
      description =
          "Add the value in the previous period or the same period a year earlier:"
              + " previous or year.")
  String compare;

  @Option(
      names = "--series",
      paramLabel = "month",
      description = "One value per calendar month of the period.")
  String series;

  @Option(
      names = "--drill",
      paramLabel = "SLICE",
      description = "List the records behind one slice of one KPI (use 'all' without --by).")
  String drill;

  @Option(
      names = "--limit",
      paramLabel = "N",
      defaultValue = "100",
      description = "With --drill: at most N records (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(
      names = "--no-rollups",
      description =
          "Compute every value from the raw rows instead of the monthly rollups refreshed by each"
              + " import (same values; for checks and benchmarks).")
  boolean noRollups;

  @Option(names = "--list", description = "List the catalogue: id, unit, status and formula.")
  boolean list;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "table",
      description = "table, json or csv (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @ParentCommand Main main;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    KpiRegistry registry = KpiRegistry.standard();
    Period p = period();
    Dimension dim = by == null ? Dimension.NONE : parse(() -> Dimension.of(by));
    List<String> chosen = ids.isEmpty() ? registry.all().stream().map(d -> d.id()).toList() : ids;
    chosen.forEach(id -> parse(() -> registry.get(id)));
    validateModes(chosen);
    CrmRoiConfig config = Session.config(main.global, List.of());
    KpiView view = new KpiView(spec.commandLine().getOut(), format, config.reportingCurrency());
    if (list) {
      new KpiCatalogueView(spec.commandLine().getOut(), format).print(registry);
      return ExitCode.OK;
    }
    try (Store store = Session.existingStore(main.global, config)) {
      KpiEngine full = new KpiEngine(store, registry, config.grossMargin());
      KpiEngine engine = noRollups ? full.withoutRollups() : full;
      if (drill != null) {
        view.printDrill(p, engine.drill(chosen.get(0), p, dim, drill, limit));
      } else if (series != null) {
        view.printSeries(p, chosen, id -> engine.monthlySeries(id, p, dim));
      } else if (compare != null) {
        Period base = compare.equals("year") ? p.yearEarlier() : p.previous();
        view.printComparisons(p, base, chosen, id -> engine.compare(id, p, base, dim));
      } else {
        view.printValues(p, engine.compute(chosen, p, dim));
      }
    }
    return ExitCode.OK;
  }

  private Period period() {
    if (period == null) {
      return Period.year(LocalDate.now().getYear());
    }
    return parse(() -> Period.parse(period));
  }

  private void validateModes(List<String> chosen) {
    if (compare != null && !compare.equals("previous") && !compare.equals("year")) {
      throw new UsageException("--compare must be previous or year but was '" + compare + "'");
    }
    if (series != null && !series.equals("month")) {
      throw new UsageException("--series must be month but was '" + series + "'");
    }
    long modes = java.util.stream.Stream.of(drill, series, compare).filter(m -> m != null).count();
    if (modes > 1) {
      throw new UsageException("use only one of --drill, --series and --compare");
    }
    if (drill != null && chosen.size() != 1) {
      throw new UsageException("--drill needs exactly one KPI id, e.g. kpi win_rate --drill EMEA");
    }
    if (limit < 1) {
      throw new UsageException("--limit must be at least 1 but was " + limit);
    }
  }

  private static <T> T parse(java.util.function.Supplier<T> parser) {
    try {
      return parser.get();
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
  }
}
