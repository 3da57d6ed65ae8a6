package dev.crmroi.analytics.quality;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One past audit, as stored for the quality trend.
 *
 * @param runId the audit's number, increasing
 * @param auditedAt when it ran
 * @param importId the last import before it, if any
 * @param asOf the store's newest record day then
 * @param score the overall score
 * @param issues how many kinds of issue it listed
 * @param duplicateGroups how many duplicate groups it found
 */
public record QualityRun(
    long runId,
    Instant auditedAt,
    OptionalLong importId,
    Optional<LocalDate> asOf,
    double score,
    long issues,
    long duplicateGroups) {}
