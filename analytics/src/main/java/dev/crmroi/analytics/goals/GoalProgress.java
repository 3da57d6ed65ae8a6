package dev.crmroi.analytics.goals;

import dev.crmroi.analytics.kpi.Direction;
import dev.crmroi.core.config.CrmRoiConfig.Goal;
import dev.crmroi.core.kpi.Period;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One goal's standing.
 *
 * @param goal the goal as configured
 * @param direction which way its KPI improves
 * @param latest the last complete month, whose value is {@code current}
 * @param current the KPI's value in that month, empty when n/a
 * @param progress (current − baseline) / (target − baseline), empty without a baseline
 * @param months how many monthly values the trend was fitted to
 * @param forecast the KPI's forecast for the deadline's month with its 80% prediction interval
 * @param status on track, at risk, off track or unknown
 * @param reason why the status is unknown, empty otherwise
 */
public record GoalProgress(
    Goal goal,
    Direction direction,
    Period latest,
    OptionalDouble current,
    OptionalDouble progress,
    int months,
    Optional<LinearTrend.Interval> forecast,
    GoalStatus status,
    Optional<String> reason) {}
