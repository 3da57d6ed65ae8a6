package dev.crmroi.core.causal;

import java.util.Optional;

/**
 * All estimators side by side with the headline choice (design/roi-method.md: "always reported side
 * by side").
 *
 * @param headline which estimator gives the headline and why
 * @param naive naive before/after, labelled biased
 * @param its interrupted time series, if every treated unit allows it
 * @param itsUnavailable why the interrupted time series is missing, if it is
 * @param did staggered difference-in-differences, if the headline rule chose it
 */
public record EffectReport(
    HeadlineChoice headline,
    NaiveResult naive,
    Optional<ItsResult> its,
    Optional<String> itsUnavailable,
    Optional<DidResult> did) {}
