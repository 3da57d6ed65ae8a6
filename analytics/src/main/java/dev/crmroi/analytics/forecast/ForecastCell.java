package dev.crmroi.analytics.forecast;

/**
 * One part of the pipeline at the forecast's instant: its open opportunities of one age bucket and
 * type, and the revenue expected from them.
 *
 * @param ageBucket days since created, e.g. {@code 30-89 days}
 * @param type the opportunity type ({@code unknown} when blank)
 * @param open how many are open
 * @param amount their amount in the reporting currency
 * @param winRate the learned probability of winning one within the quarter
 * @param expected amount × probability
 */
public record ForecastCell(
    String ageBucket, String type, long open, double amount, WinRate winRate, double expected) {}
