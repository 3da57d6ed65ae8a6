package dev.crmroi.analytics.forecast;

/**
 * The learned probability that an open opportunity is won within the next quarter.
 *
 * @param probability wins / opportunities in the history it was learned from
 * @param basis what that history is: {@code age and type} (the cell itself), {@code age} (every
 *     type of the age bucket, when the cell has no history) or {@code all} (every open opportunity,
 *     when the bucket has none)
 * @param history how many snapshot opportunities it was learned from
 */
public record WinRate(double probability, String basis, long history) {}
