package dev.crmroi.core.businesscase;

/**
 * Result of a Monte Carlo simulation of a business case.
 *
 * @param draws number of draws
 * @param seed the seed used
 * @param roi ROI (risk-adjusted where the model risk-adjusts)
 * @param npv NPV (risk-adjusted where the model risk-adjusts)
 * @param roiUnadjusted ROI before risk adjustment (equal to {@code roi} where there is none)
 * @param npvUnadjusted NPV before risk adjustment (equal to {@code npv} where there is none)
 */
public record Simulation(
    int draws,
    long seed,
    OutcomeDistribution roi,
    OutcomeDistribution npv,
    OutcomeDistribution roiUnadjusted,
    OutcomeDistribution npvUnadjusted) {}
