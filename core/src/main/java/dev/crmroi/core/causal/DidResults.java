package dev.crmroi.core.causal;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Turns the estimate and the stored replicates of {@link CallawaySantAnna} into a result. */
final class DidResults {

  private final Panel panel;
  private final GroupTimeCells cells;
  private final DidAggregation aggregation;
  private final ReplicateStore store;

  DidResults(Panel panel, GroupTimeCells cells, DidAggregation aggregation, ReplicateStore store) {
    this.panel = panel;
    this.cells = cells;
    this.aggregation = aggregation;
    this.store = store;
  }

  DidResult assemble(
      double[] att,
      double[] size,
      double[] scalars,
      IncrementalSeries point,
      int discarded,
      BootstrapSettings bootstrap) {
    int covered = (int) Math.round(aggregation.coveredTreatedUnitMonths());
    return new DidResult(
        cellEffects(att, size),
        store.interval(DidAggregation.SIMPLE, scalars[DidAggregation.SIMPLE]),
        store.interval(DidAggregation.GROUP, scalars[DidAggregation.GROUP]),
        eventStudy(att, scalars),
        store.interval(DidAggregation.TOTAL, scalars[DidAggregation.TOTAL]),
        point,
        preTrend(scalars[DidAggregation.PRE_TREND]),
        covered,
        observedTreatedUnitMonths() - covered,
        store.derivedIntervals(point),
        discarded,
        bootstrap);
  }

  private List<GroupTimeEffect> cellEffects(double[] att, double[] size) {
    List<GroupTimeEffect> effects = new ArrayList<>();
    for (int c = 0; c < att.length; c++) {
      if (!Double.isNaN(att[c])) {
        YearMonth cohort = panel.months().get(cells.cohort(c));
        effects.add(
            new GroupTimeEffect(
                cohort,
                panel.months().get(cells.month[c]),
                cells.eventTime(c),
                store.interval(aggregation.cellIndex(c), att[c]),
                (int) size[c],
                cells.comparisonUnits(c)));
      }
    }
    return effects;
  }

  private List<EventTimeEffect> eventStudy(double[] att, double[] scalars) {
    int[] cohorts = new int[aggregation.eventCount()];
    for (int c = 0; c < att.length; c++) {
      if (!Double.isNaN(att[c])) {
        cohorts[cells.eventTime(c) - aggregation.minEvent]++;
      }
    }
    List<EventTimeEffect> effects = new ArrayList<>();
    for (int k = 0; k < cohorts.length; k++) {
      int e = aggregation.minEvent + k;
      double estimate = scalars[aggregation.eventIndex(e)];
      if (cohorts[k] > 0) {
        effects.add(
            new EventTimeEffect(
                e, store.interval(aggregation.eventIndex(e), estimate), cohorts[k]));
      }
    }
    return effects;
  }

  private int observedTreatedUnitMonths() {
    int count = 0;
    for (int i : panel.treatedUnits()) {
      for (int t = panel.goLiveIndex(i); t < panel.monthCount(); t++) {
        count += Double.isNaN(panel.outcome(i, t)) ? 0 : 1;
      }
    }
    return count;
  }

  private PreTrendTest preTrend(double estimate) {
    if (Double.isNaN(estimate)) {
      return new PreTrendTest(
          Optional.empty(),
          false,
          "not testable: no cohort has an observed month before the month preceding its go-live");
    }
    Interval i = store.interval(DidAggregation.PRE_TREND, estimate);
    String range =
        String.format(Locale.ROOT, "%.4g [%.4g, %.4g]", i.estimate(), i.lower(), i.upper());
    return i.contains(0)
        ? new PreTrendTest(
            Optional.of(i),
            true,
            "passed: the average pre-period placebo effect " + range + " contains 0")
        : new PreTrendTest(
            Optional.of(i),
            false,
            "failed: the average pre-period placebo effect "
                + range
                + " excludes 0; treated and comparison units trended apart before go-live");
  }
}
