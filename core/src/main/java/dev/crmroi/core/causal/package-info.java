/**
 * Measured effect of a CRM go-live on a monthly panel of rollout units (design/roi-method.md):
 * naive before/after ({@link dev.crmroi.core.causal.NaiveBeforeAfter}, biased, for comparison),
 * interrupted time series ({@link dev.crmroi.core.causal.InterruptedTimeSeries}) and Callaway &amp;
 * Sant'Anna staggered difference-in-differences ({@link dev.crmroi.core.causal.CallawaySantAnna}),
 * with the headline chosen by {@link dev.crmroi.core.causal.HeadlineRule} and all run together by
 * {@link dev.crmroi.core.causal.MeasuredEffect}.
 *
 * <p>Conventions: the go-live month is the first treated month; missing cells are NaN; every
 * interval is a seeded percentile bootstrap (999 replicates by default) and ROI, NPV, IRR and
 * payback get intervals by being computed inside each replicate ({@link
 * dev.crmroi.core.causal.RoiQuantities}). Input that cannot give an estimate raises {@link
 * dev.crmroi.core.causal.EstimationException} naming the unit and value, never NaN.
 */
package dev.crmroi.core.causal;
