package dev.crmroi.core.businesscase;

/**
 * One bar of a tornado chart: NPV with one input at its 10th and at its 90th percentile, every
 * other input at its median.
 *
 * @param input field path of the input
 * @param lowValue the input's 10th percentile
 * @param highValue the input's 90th percentile
 * @param npvAtLow NPV with the input at {@code lowValue}
 * @param npvAtHigh NPV with the input at {@code highValue}
 * @param swing |npvAtHigh − npvAtLow|
 */
public record TornadoBar(
    String input,
    double lowValue,
    double highValue,
    double npvAtLow,
    double npvAtHigh,
    double swing) {}
