/**
 * JMH micro-benchmarks of the hot Java paths, run with {@code bench/run jmh [JMH options]} (the
 * end-to-end benchmarks in {@code dev.crmroi.bench} time whole commands instead).
 *
 * <p>One class per hot path, its inputs built with fixed seeds in a {@code @Setup} so that only the
 * call is measured, and every result returned so the JIT cannot drop the work:
 *
 * <ul>
 *   <li>{@link dev.crmroi.bench.jmh.FinanceBench}: XIRR, IRR, NPV, XNPV;
 *   <li>{@link dev.crmroi.bench.jmh.BootstrapBench}: the measured-ROI estimators with 999 bootstrap
 *       replicates (Callaway–Sant'Anna, interrupted time series);
 *   <li>{@link dev.crmroi.bench.jmh.MonteCarloBench}: the business-case Monte Carlo.
 * </ul>
 *
 * <p>Still to come, as their modules land (issue #8): the BG/NBD log-likelihood and its fit ({@code
 * analytics.clv}, e.g. {@code ClvBench}: one likelihood evaluation and one full fit over 10,000
 * customers) and the Markov-chain attribution solve with removal effects ({@code
 * analytics.attribution}, e.g. {@code AttributionBench}). Add them here as further classes; {@code
 * bench/run jmh} finds every {@code @Benchmark} in the jar without changes.
 */
package dev.crmroi.bench.jmh;
