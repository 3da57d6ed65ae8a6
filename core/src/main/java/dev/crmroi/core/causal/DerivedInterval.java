package dev.crmroi.core.causal;

import java.util.Optional;

/**
 * A derived quantity's estimate and percentile interval over the replicates where it exists.
 *
 * @param name the quantity's name
 * @param interval estimate and 95% interval; empty if the quantity is undefined on the estimate or
 *     in more than half of the replicates
 * @param undefinedReplicates replicates in which the quantity did not exist
 * @param replicates replicates drawn
 * @param firstUndefinedReason why it did not exist the first time (empty if it always existed)
 */
public record DerivedInterval(
    String name,
    Optional<Interval> interval,
    int undefinedReplicates,
    int replicates,
    Optional<String> firstUndefinedReason) {}
