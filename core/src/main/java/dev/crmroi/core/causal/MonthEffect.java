package dev.crmroi.core.causal;

import java.time.YearMonth;

/**
 * One post-period month of an interrupted time series.
 *
 * @param month the month
 * @param observed the observed outcome
 * @param forecast the pre-period model's forecast (the counterfactual)
 * @param effect observed − forecast
 */
public record MonthEffect(YearMonth month, double observed, double forecast, double effect) {}
