package dev.crmroi.core.causal;

import java.util.List;
import java.util.Optional;

/**
 * Runs the naive comparison, the interrupted time series and, when {@link HeadlineRule} picks it,
 * the staggered difference-in-differences on one panel with one bootstrap setting.
 */
public final class MeasuredEffect {

  /** The base of the headline difference-in-differences (see the validation in docs/roi.md). */
  public static final BaseWindow BASE = BaseWindow.QUARTER_BEFORE;

  private MeasuredEffect() {}

  /**
   * Estimates the CRM's effect with every applicable estimator.
   *
   * @param panel the panel
   * @param options interrupted time series settings
   * @param bootstrap replicates and seed, shared by both estimators
   * @param derived quantities computed inside each replicate (see {@link RoiQuantities})
   * @return the estimates and the headline choice
   * @throws EstimationException if no unit went live, or the headline estimator cannot run
   */
  public static EffectReport estimate(
      Panel panel, ItsOptions options, BootstrapSettings bootstrap, List<DerivedQuantity> derived) {
    return estimateSum(List.of(panel), options, bootstrap, derived);
  }

  /**
   * Estimates the CRM's effect on the sum of panel layers with every applicable estimator: layers
   * share units, months and go-lives but each has its own exposure and carry-forward ({@link
   * Panel#withCarry}), so a flow of saved MRR that keeps paying and a stream that does not add up
   * in every estimate and every bootstrap replicate (the replicates draw the same units, or the
   * same residual blocks, in every layer).
   *
   * @param layers one or more panels of the same design
   * @param options interrupted time series settings
   * @param bootstrap replicates and seed, shared by both estimators
   * @param derived quantities computed inside each replicate from the summed incremental series
   * @return the estimates and the headline choice
   * @throws EstimationException if no unit went live, the headline estimator cannot run or the
   *     layers differ in design
   */
  public static EffectReport estimateSum(
      List<Panel> layers,
      ItsOptions options,
      BootstrapSettings bootstrap,
      List<DerivedQuantity> derived) {
    HeadlineChoice headline = HeadlineRule.choose(layers.get(0));
    NaiveResult naive = NaiveBeforeAfter.estimateSum(layers);
    Optional<ItsResult> its;
    Optional<String> itsUnavailable;
    try {
      its = Optional.of(InterruptedTimeSeries.estimateSum(layers, options, bootstrap, derived));
      itsUnavailable = Optional.empty();
    } catch (EstimationException e) {
      if (headline.estimator() == EstimatorKind.INTERRUPTED_TIME_SERIES) {
        throw e;
      }
      its = Optional.empty();
      itsUnavailable = Optional.of(e.getMessage());
    }
    Optional<DidResult> did =
        headline.estimator() == EstimatorKind.STAGGERED_DID
            ? Optional.of(CallawaySantAnna.estimateSum(layers, bootstrap, derived, BASE))
            : Optional.empty();
    return new EffectReport(headline, naive, its, itsUnavailable, did);
  }
}
