package dev.crmroi.core.causal;

import java.util.Arrays;

/**
 * The group-time cells (g, t) of Callaway &amp; Sant'Anna with, for each cell, the units that enter
 * it and their long difference Y_it − Y_i,g−1, flattened into primitive arrays once so that a
 * bootstrap replicate is a weighted sum per cell and allocates nothing.
 *
 * <p>Outcomes are divided by each unit's exposure, so units of different size are compared on
 * relative changes; the aggregation turns effects back into outcome units with the treated units'
 * exposure in the effect's month.
 *
 * <p>Cell (g, t) for every go-live cohort g and month t ≠ g − 1. Treated side: units of cohort g
 * observed in t and g − 1. Comparison side: units never treated or not yet treated by max(t, g −
 * 1), i.e. going live after both months, observed in both (the paper's not-yet-treated group, which
 * includes the never-treated).
 */
final class GroupTimeCells {

  final int[] cohorts;
  final int[] cohortOf;
  final int[] month;
  final int[] start;
  final int[] member;
  final boolean[] treatedSide;
  final double[] difference;
  final int[] unitCohort;

  GroupTimeCells(Panel panel) {
    this(panel, BaseWindow.MONTH_BEFORE);
  }

  /**
   * @param base what post-period months are compared with; pre-period (placebo) cells always use
   *     the month before go-live
   */
  GroupTimeCells(Panel panel, BaseWindow base) {
    int n = panel.unitCount();
    int months = panel.monthCount();
    cohorts =
        Arrays.stream(panel.treatedUnits()).map(panel::goLiveIndex).distinct().sorted().toArray();
    unitCohort = new int[n];
    for (int i = 0; i < n; i++) {
      unitCohort[i] = Arrays.binarySearch(cohorts, panel.goLiveIndex(i));
      unitCohort[i] = panel.isTreated(i) ? unitCohort[i] : -1;
    }
    int cells = cohorts.length * (months - 1);
    cohortOf = new int[cells];
    month = new int[cells];
    start = new int[cells + 1];
    member = new int[cells * n];
    treatedSide = new boolean[cells * n];
    difference = new double[cells * n];
    int c = 0;
    int k = 0;
    int window = base.months();
    for (int gi = 0; gi < cohorts.length; gi++) {
      int baseMonth = cohorts[gi] - 1;
      for (int t = 0; t < months; t++) {
        if (t == baseMonth) {
          continue;
        }
        cohortOf[c] = gi;
        month[c] = t;
        start[c] = k;
        k = members(panel, cohorts[gi], baseMonth, t, k, t >= cohorts[gi] ? window : 1);
        c++;
      }
    }
    start[cells] = k;
  }

  private int members(Panel panel, int g, int base, int t, int k, int window) {
    int later = Math.max(t, base);
    for (int i = 0; i < panel.unitCount(); i++) {
      int gi = panel.goLiveIndex(i);
      boolean treated = gi == g;
      boolean comparison = gi < 0 || gi > later;
      double reference =
          window > 1
              ? meanBefore(panel, i, g, window)
              : panel.outcome(i, base) / panel.exposure(i, base);
      double d = panel.outcome(i, t) / panel.exposure(i, t) - reference;
      if ((treated || comparison) && !Double.isNaN(d)) {
        member[k] = i;
        treatedSide[k] = treated;
        difference[k] = d;
        k++;
      }
    }
    return k;
  }

  /**
   * The mean relative outcome of unit {@code i} over the {@code window} months before g (fewer when
   * the data start later), NaN if none is observed.
   */
  private static double meanBefore(Panel panel, int i, int g, int window) {
    double sum = 0;
    int n = 0;
    for (int s = Math.max(0, g - window); s < g; s++) {
      double y = panel.outcome(i, s) / panel.exposure(i, s);
      if (!Double.isNaN(y)) {
        sum += y;
        n++;
      }
    }
    return n == 0 ? Double.NaN : sum / n;
  }

  int cellCount() {
    return month.length;
  }

  int cohort(int cell) {
    return cohorts[cohortOf[cell]];
  }

  boolean isPost(int cell) {
    return month[cell] >= cohort(cell);
  }

  int eventTime(int cell) {
    return month[cell] - cohort(cell);
  }

  /**
   * ATT(g, t) of every cell under unit weights (bootstrap counts; all 1 for the estimate) into
   * {@code att} (NaN where either side has no weight) and the treated weight into {@code size}.
   */
  void estimate(int[] weight, double[] att, double[] size) {
    for (int c = 0; c < month.length; c++) {
      double sumTreated = 0;
      double nTreated = 0;
      double sumComparison = 0;
      double nComparison = 0;
      for (int k = start[c]; k < start[c + 1]; k++) {
        int w = weight[member[k]];
        if (treatedSide[k]) {
          sumTreated += w * difference[k];
          nTreated += w;
        } else {
          sumComparison += w * difference[k];
          nComparison += w;
        }
      }
      boolean defined = nTreated > 0 && nComparison > 0;
      att[c] = defined ? sumTreated / nTreated - sumComparison / nComparison : Double.NaN;
      size[c] = defined ? nTreated : 0;
    }
  }

  /** Per cell, the summed exposure of its treated units in the cell's month (original data). */
  double[] treatedScale(Panel panel) {
    double[] out = new double[month.length];
    for (int c = 0; c < month.length; c++) {
      for (int k = start[c]; k < start[c + 1]; k++) {
        if (treatedSide[k]) {
          out[c] += panel.exposure(member[k], month[c]);
        }
      }
    }
    return out;
  }

  int comparisonUnits(int cell) {
    int count = 0;
    for (int k = start[cell]; k < start[cell + 1]; k++) {
      count += treatedSide[k] ? 0 : 1;
    }
    return count;
  }
}
