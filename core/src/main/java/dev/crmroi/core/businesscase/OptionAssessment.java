package dev.crmroi.core.businesscase;

/**
 * One CRM option in a comparison.
 *
 * @param name the option's name
 * @param baseCase TEI figures with every input at its median (ROI, NPV, payback)
 * @param simulation Monte Carlo of ROI and NPV (risk-adjusted and unadjusted)
 */
public record OptionAssessment(String name, TeiResult baseCase, Simulation simulation) {}
