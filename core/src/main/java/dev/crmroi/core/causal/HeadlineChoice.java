package dev.crmroi.core.causal;

/**
 * Which estimator gives the headline number, and why, in words for the report.
 *
 * @param estimator the chosen estimator
 * @param reason the rule's reason, naming the counts that decided it
 */
public record HeadlineChoice(EstimatorKind estimator, String reason) {}
