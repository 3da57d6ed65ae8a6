package dev.crmroi.analytics.kpi;

import java.util.OptionalDouble;

/** One slice's aggregated facts, as grouped.sql returns them. */
record GroupedRow(
    String slice,
    double numerator,
    double denominator,
    long n,
    OptionalDouble median,
    long observations,
    OptionalDouble share) {}
