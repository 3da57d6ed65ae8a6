package dev.crmroi.core.causal;

import java.util.Optional;

/**
 * Placebo test of parallel pre-trends: the average pseudo-effect ATT(g, t) over t &lt; g − 1 should
 * be zero; the test passes when its bootstrap 95% interval contains 0.
 *
 * @param averagePreEffect average placebo effect with its interval; empty if no cohort has a month
 *     before g − 1
 * @param passed true if the interval contains 0 (false when not testable)
 * @param verdict the outcome in words, for the report
 */
public record PreTrendTest(Optional<Interval> averagePreEffect, boolean passed, String verdict) {}
