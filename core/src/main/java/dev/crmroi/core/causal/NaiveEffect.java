package dev.crmroi.core.causal;

import java.time.YearMonth;

/**
 * Naive before/after effect of one treated unit: post-period mean minus pre-period mean, over the
 * observed months. Biased by trend and seasonality; shown only for comparison.
 *
 * @param unit unit id
 * @param goLive first treated month
 * @param preMean mean outcome over the observed months before go-live
 * @param postMean mean outcome over the observed months from go-live on
 * @param effectPerMonth postMean − preMean
 * @param postMonths observed months from go-live on
 * @param total effectPerMonth × postMonths, each month weighted by its carry-forward when the panel
 *     carries effects ({@link Panel#withCarry})
 */
public record NaiveEffect(
    String unit,
    YearMonth goLive,
    double preMean,
    double postMean,
    double effectPerMonth,
    int postMonths,
    double total) {}
