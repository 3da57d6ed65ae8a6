package dev.crmroi.core.causal;

import java.time.YearMonth;

/**
 * ATT(g, t): the average effect in month t on the units that went live in month g, relative to
 * month g − 1 and to units not yet treated by then. For t &lt; g − 1 it is a placebo (pre-trend)
 * effect that should be near zero.
 *
 * @param cohort go-live month g
 * @param month calendar month t
 * @param eventTime months since go-live, t − g
 * @param att the estimate with its interval
 * @param treatedUnits units of cohort g observed in t and g − 1
 * @param comparisonUnits not-yet-treated units observed in t and g − 1
 */
public record GroupTimeEffect(
    YearMonth cohort,
    YearMonth month,
    int eventTime,
    Interval att,
    int treatedUnits,
    int comparisonUnits) {}
