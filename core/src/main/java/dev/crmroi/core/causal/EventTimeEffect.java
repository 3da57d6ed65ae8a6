package dev.crmroi.core.causal;

/**
 * Event-study effect e months after go-live (negative: before), averaged over the cohorts observed
 * at that exposure, weighted by their treated units.
 *
 * @param eventTime months since go-live, t − g
 * @param effect the estimate with its interval
 * @param cohorts cohorts contributing
 */
public record EventTimeEffect(int eventTime, Interval effect, int cohorts) {}
