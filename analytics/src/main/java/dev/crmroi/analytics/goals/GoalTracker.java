package dev.crmroi.analytics.goals;

import dev.crmroi.analytics.kpi.Direction;
import dev.crmroi.analytics.kpi.KpiEngine;
import dev.crmroi.core.config.CrmRoiConfig.Goal;
import dev.crmroi.core.kpi.Dimension;
import dev.crmroi.core.kpi.KpiValue;
import dev.crmroi.core.kpi.Period;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Tracks SMART goals (design: roi-method.md, Goals). A goal's target is a value of its KPI for one
 * calendar month in its slice (a monthly amount for sums and counts). The KPI's monthly series over
 * the last {@value #WINDOW} complete months (from its first month with records) is fitted with a
 * {@link LinearTrend}; the forecast for the deadline's month and its 80% prediction interval decide
 * the {@link GoalStatus}. Months where the KPI is n/a are left out of the fit.
 */
public final class GoalTracker {
  /** Months of history fitted at most. */
  public static final int WINDOW = 24;

  /** The prediction interval's level. */
  public static final double LEVEL = 0.80;

  private final KpiEngine engine;

  /** A tracker reading KPI values from {@code engine}. */
  public GoalTracker(KpiEngine engine) {
    this.engine = engine;
  }

  /**
   * The standing of {@code goal} with data up to and including month {@code latest}.
   *
   * @throws IllegalArgumentException naming the goal when its metric or slice is not valid
   */
  public GoalProgress track(Goal goal, YearMonth latest) {
    Direction way = engine.registry().direction(goal.metric());
    Dimension dim = dimension(goal);
    String slice =
        dim == Dimension.NONE ? Dimension.ALL : goal.slice().orElseThrow().split("=", 2)[1].strip();
    Period window = Period.range(latest.minusMonths(WINDOW - 1).atDay(1), latest.atEndOfMonth());
    List<YearMonth> months = new ArrayList<>();
    List<Double> values = new ArrayList<>();
    for (Map.Entry<Period, List<KpiValue>> e :
        engine.monthlySeries(goal.metric(), window, dim).entrySet()) {
      Optional<KpiValue> v = e.getValue().stream().filter(x -> x.slice().equals(slice)).findFirst();
      boolean started = !values.isEmpty();
      if (v.isPresent() && v.get().available() && (started || v.get().n() > 0)) {
        months.add(YearMonth.from(e.getKey().start()));
        values.add(v.get().value().getAsDouble());
      }
    }
    Period last = Period.month(latest);
    OptionalDouble current =
        !months.isEmpty() && months.get(months.size() - 1).equals(latest)
            ? OptionalDouble.of(values.get(values.size() - 1))
            : OptionalDouble.empty();
    OptionalDouble progress = progress(goal, current);
    if (values.size() < 3) {
      return new GoalProgress(
          goal,
          way,
          last,
          current,
          progress,
          values.size(),
          Optional.empty(),
          GoalStatus.UNKNOWN,
          Optional.of(
              "needs at least 3 months with a value of "
                  + goal.metric()
                  + " but had "
                  + values.size()));
    }
    double[] y = values.stream().mapToDouble(Double::doubleValue).toArray();
    YearMonth first = months.get(0);
    // The series' x is months since its first month; months left out as n/a keep their place.
    double[] x = months.stream().mapToDouble(m -> ChronoUnit.MONTHS.between(first, m)).toArray();
    LinearTrend trend = new LinearTrend(x, y);
    long at = ChronoUnit.MONTHS.between(first, YearMonth.from(goal.deadline()));
    LinearTrend.Interval forecast = trend.predict(at, LEVEL);
    return new GoalProgress(
        goal,
        way,
        last,
        current,
        progress,
        values.size(),
        Optional.of(forecast),
        GoalStatus.of(goal.target(), forecast, way),
        Optional.empty());
  }

  private static OptionalDouble progress(Goal goal, OptionalDouble current) {
    if (goal.baseline().isEmpty() || current.isEmpty() || goal.target() == goal.baseline().get()) {
      return OptionalDouble.empty();
    }
    double base = goal.baseline().get();
    return OptionalDouble.of((current.getAsDouble() - base) / (goal.target() - base));
  }

  private Dimension dimension(Goal goal) {
    if (goal.slice().isEmpty() || goal.slice().get().isBlank()) {
      return Dimension.NONE;
    }
    String[] parts = goal.slice().get().split("=", 2);
    if (parts.length != 2 || parts[1].isBlank()) {
      throw new IllegalArgumentException(
          "goal for "
              + goal.metric()
              + ": slice must look like region=EMEA but was '"
              + goal.slice().get()
              + "'");
    }
    Dimension d = Dimension.of(parts[0]);
    if (!engine.registry().get(goal.metric()).slicesBy(d)) {
      throw new IllegalArgumentException(
          "goal for " + goal.metric() + ": " + goal.metric() + " cannot be sliced by " + d.key());
    }
    return d;
  }
}
