package dev.crmroi.core.businesscase;

import java.util.OptionalDouble;

/**
 * The quick calculator's answer for one set of input values (the base case: every distribution at
 * its median). Money per month unless named otherwise.
 *
 * @param moreDeals gross profit from the win-rate uplift
 * @param biggerDeals gross profit from the deal-size uplift
 * @param crossSell gross profit from cross- and up-sell
 * @param timeSaved hours freed valued at the loaded cost (a productivity assumption, not cash)
 * @param monthlyGain the sum of the four sources
 * @param monthlyCost CRM seats plus other monthly costs
 * @param monthlyNet monthly gain − monthly cost
 * @param oneOffCosts paid at the start
 * @param annualRoi first-year ROI, one-off costs included
 * @param paybackMonths months until the one-off costs are recovered, empty if not within the
 *     horizon
 * @param npv net present value over the horizon
 */
public record QuickResult(
    double moreDeals,
    double biggerDeals,
    double crossSell,
    double timeSaved,
    double monthlyGain,
    double monthlyCost,
    double monthlyNet,
    double oneOffCosts,
    double annualRoi,
    OptionalDouble paybackMonths,
    double npv) {}
