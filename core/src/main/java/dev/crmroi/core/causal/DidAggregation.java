package dev.crmroi.core.causal;

import java.util.Arrays;

/**
 * Aggregations of group-time effects (Callaway &amp; Sant'Anna 2021, section 3.1), each weighting a
 * cell by its treated units, with preallocated buffers so replicates allocate nothing.
 *
 * <ul>
 *   <li>simple: Σ n_gt ATT(g,t) / Σ n_gt over post cells — the average effect per treated
 *       unit-month, which times the treated unit-months is the total;
 *   <li>group: θ(g) = mean of ATT(g,t) over g's post months, then averaged over cohorts by size;
 *   <li>event study: θ(e) = Σ_g n_g,g+e ATT(g,g+e) / Σ_g n_g,g+e;
 *   <li>pre-trend: the simple average over pre cells t &lt; g − 1;
 *   <li>calendar month: θ(t) = Σ_g n_gt ATT(g,t) / Σ_g n_gt over g ≤ t. The incremental outcome of
 *       month t is θ(t) times the treated units' scales summed over those observed in t on the
 *       original data (their count when every scale is 1), so that every replicate describes the
 *       same treated unit-months; a month whose cohorts are all missing from a replicate takes that
 *       replicate's simple ATT. When the panel carries its effects forward ({@link
 *       Panel#withCarry}), the monthly series is carried before the total is summed.
 * </ul>
 *
 * <p>Scalar layout: {@link #SIMPLE}, {@link #GROUP}, {@link #TOTAL}, {@link #PRE_TREND}, then one
 * per event time from {@link #minEvent}, then one per cell.
 */
final class DidAggregation {

  static final int SIMPLE = 0;
  static final int GROUP = 1;
  static final int TOTAL = 2;
  static final int PRE_TREND = 3;
  private static final int FIXED = 4;

  private final GroupTimeCells cells;
  final int minEvent;
  private final int eventCount;
  final int firstMonth;
  private final double[] treatedUnitsInMonth;
  private final double[] treatedScaleInMonth;
  private final double[] byEventSum;
  private final double[] byEventSize;
  private final double[] byMonthSum;
  private final double[] byMonthSize;
  private final double[] cohortSum;
  private final int[] cohortCells;
  private final double carry;

  /**
   * @param originalSize treated units per cell on the original data
   * @param originalScale their summed scales: a cell's effect per unit of scale times this is its
   *     effect in outcome units (equal to {@code originalSize} when every scale is 1)
   * @param carry monthly retention at which the monthly series is carried forward before the total
   *     ({@link CarryForward}; 0 for none)
   */
  DidAggregation(
      GroupTimeCells cells,
      int months,
      double[] originalSize,
      double[] originalScale,
      double carry) {
    this.cells = cells;
    this.carry = carry;
    this.minEvent = -cells.cohorts[cells.cohorts.length - 1];
    this.eventCount = months - 1 - cells.cohorts[0] - minEvent + 1;
    this.firstMonth = cells.cohorts[0];
    this.treatedUnitsInMonth = new double[months - firstMonth];
    this.treatedScaleInMonth = new double[months - firstMonth];
    for (int c = 0; c < cells.cellCount(); c++) {
      if (cells.isPost(c)) {
        treatedUnitsInMonth[cells.month[c] - firstMonth] += originalSize[c];
        treatedScaleInMonth[cells.month[c] - firstMonth] += originalScale[c];
      }
    }
    this.byEventSum = new double[eventCount];
    this.byEventSize = new double[eventCount];
    this.byMonthSum = new double[months - firstMonth];
    this.byMonthSize = new double[months - firstMonth];
    this.cohortSum = new double[cells.cohorts.length];
    this.cohortCells = new int[cells.cohorts.length];
  }

  int monthlyLength() {
    return treatedUnitsInMonth.length;
  }

  int scalarCount() {
    return FIXED + eventCount + cells.cellCount();
  }

  int eventCount() {
    return eventCount;
  }

  int eventIndex(int e) {
    return FIXED + e - minEvent;
  }

  int cellIndex(int cell) {
    return FIXED + eventCount + cell;
  }

  /** Treated unit-months in post cells that have comparison units (the total's scope). */
  double coveredTreatedUnitMonths() {
    return Arrays.stream(treatedUnitsInMonth).sum();
  }

  /**
   * Fills {@code scalars} and {@code monthly} from one set of cell effects.
   *
   * @param cohortSize units per cohort (bootstrap counts in a replicate)
   * @return false if no post cell is defined, so nothing can be aggregated
   */
  boolean aggregate(
      double[] att, double[] size, double[] cohortSize, double[] scalars, double[] monthly) {
    Arrays.fill(byEventSum, 0);
    Arrays.fill(byEventSize, 0);
    Arrays.fill(byMonthSum, 0);
    Arrays.fill(byMonthSize, 0);
    Arrays.fill(cohortSum, 0);
    Arrays.fill(cohortCells, 0);
    double postSum = 0;
    double postSize = 0;
    double preSum = 0;
    double preSize = 0;
    for (int c = 0; c < att.length; c++) {
      scalars[cellIndex(c)] = att[c];
      if (Double.isNaN(att[c])) {
        continue;
      }
      double weighted = size[c] * att[c];
      byEventSum[cells.eventTime(c) - minEvent] += weighted;
      byEventSize[cells.eventTime(c) - minEvent] += size[c];
      if (cells.isPost(c)) {
        postSum += weighted;
        postSize += size[c];
        byMonthSum[cells.month[c] - firstMonth] += weighted;
        byMonthSize[cells.month[c] - firstMonth] += size[c];
        cohortSum[cells.cohortOf[c]] += att[c];
        cohortCells[cells.cohortOf[c]]++;
      } else {
        preSum += weighted;
        preSize += size[c];
      }
    }
    if (postSize == 0) {
      return false;
    }
    double simple = postSum / postSize;
    scalars[SIMPLE] = simple;
    scalars[GROUP] = groupAggregate(cohortSize);
    scalars[PRE_TREND] = preSize > 0 ? preSum / preSize : Double.NaN;
    for (int e = 0; e < eventCount; e++) {
      scalars[FIXED + e] = byEventSize[e] > 0 ? byEventSum[e] / byEventSize[e] : Double.NaN;
    }
    for (int m = 0; m < monthly.length; m++) {
      double effect = byMonthSize[m] > 0 ? byMonthSum[m] / byMonthSize[m] : simple;
      monthly[m] = treatedScaleInMonth[m] * effect;
    }
    CarryForward.apply(monthly, carry);
    double total = 0;
    for (double m : monthly) {
      total += m;
    }
    scalars[TOTAL] = total;
    return true;
  }

  private double groupAggregate(double[] cohortSize) {
    double sum = 0;
    double weight = 0;
    for (int g = 0; g < cohortSum.length; g++) {
      if (cohortCells[g] > 0 && cohortSize[g] > 0) {
        sum += cohortSize[g] * cohortSum[g] / cohortCells[g];
        weight += cohortSize[g];
      }
    }
    return sum / weight;
  }
}
