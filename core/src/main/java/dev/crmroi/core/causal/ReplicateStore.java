package dev.crmroi.core.causal;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.hipparchus.stat.descriptive.rank.Percentile;
import org.hipparchus.stat.descriptive.rank.Percentile.EstimationType;

/**
 * Bootstrap replicates of a fixed set of scalar statistics plus derived quantities of each
 * replicate's incremental series; turns them into percentile intervals (R type 7 quantiles).
 */
final class ReplicateStore {

  private final double[][] scalars;
  private final List<DerivedQuantity> derived;
  private final double[][] derivedValues;
  private final int[] undefined;
  private final String[] firstReason;
  private final List<YearMonth> months;
  private int count;

  ReplicateStore(
      int replicates, int scalarCount, List<YearMonth> months, List<DerivedQuantity> derived) {
    this.scalars = new double[scalarCount][replicates];
    this.derived = List.copyOf(derived);
    this.derivedValues = new double[derived.size()][replicates];
    this.undefined = new int[derived.size()];
    this.firstReason = new String[derived.size()];
    this.months = months;
  }

  /** Records one replicate: its scalar statistics and its incremental series. */
  void add(double[] replicateScalars, double[] monthly) {
    for (int k = 0; k < scalars.length; k++) {
      scalars[k][count] = replicateScalars[k];
    }
    if (!derived.isEmpty()) {
      IncrementalSeries series = new IncrementalSeries(months, monthly);
      for (int d = 0; d < derived.size(); d++) {
        derivedValues[d][count] = evaluate(d, series);
      }
    }
    count++;
  }

  int count() {
    return count;
  }

  Interval interval(int k, double estimate) {
    double[] sorted = Arrays.copyOf(scalars[k], count);
    return percentiles(estimate, finiteOnly(sorted));
  }

  List<DerivedInterval> derivedIntervals(IncrementalSeries estimate) {
    List<DerivedInterval> out = new ArrayList<>();
    for (int d = 0; d < derived.size(); d++) {
      DerivedQuantity q = derived.get(d);
      String pointReason = null;
      double point;
      try {
        point = q.of(estimate);
        pointReason = Double.isFinite(point) ? null : "value was " + point;
      } catch (IllegalArgumentException | ArithmeticException e) {
        point = Double.NaN;
        pointReason = e.getMessage();
      }
      double[] values = finiteOnly(Arrays.copyOf(derivedValues[d], count));
      Optional<Interval> interval =
          pointReason != null || values.length * 2 < count
              ? Optional.empty()
              : Optional.of(percentiles(point, values));
      String reason = firstReason[d] != null ? firstReason[d] : pointReason;
      int missing = count - values.length;
      out.add(new DerivedInterval(q.name(), interval, missing, count, Optional.ofNullable(reason)));
    }
    return out;
  }

  private double evaluate(int d, IncrementalSeries series) {
    try {
      double value = derived.get(d).of(series);
      if (!Double.isFinite(value)) {
        undefined[d]++;
        noteReason(d, "value was " + value);
      }
      return value;
    } catch (IllegalArgumentException | ArithmeticException e) {
      undefined[d]++;
      noteReason(d, e.getMessage());
      return Double.NaN;
    }
  }

  private void noteReason(int d, String reason) {
    if (firstReason[d] == null) {
      firstReason[d] = reason;
    }
  }

  private static double[] finiteOnly(double[] values) {
    return Arrays.stream(values).filter(Double::isFinite).toArray();
  }

  private static Interval percentiles(double estimate, double[] values) {
    if (values.length == 0) {
      return new Interval(estimate, Double.NaN, Double.NaN);
    }
    Percentile p = new Percentile().withEstimationType(EstimationType.R_7);
    p.setData(values);
    return new Interval(estimate, p.evaluate(2.5), p.evaluate(97.5));
  }
}
