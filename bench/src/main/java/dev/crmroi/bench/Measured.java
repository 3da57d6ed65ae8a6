package dev.crmroi.bench;

/**
 * One timed run of a step.
 *
 * @param seconds wall-clock time
 * @param peakRssMb peak resident memory of the process that ran it, NaN when not measured
 * @param output what the process printed (for cross-checking results), empty when not kept
 * @param diagnostics what the process printed on standard error, empty when not kept
 */
record Measured(double seconds, double peakRssMb, String output, String diagnostics) {}
