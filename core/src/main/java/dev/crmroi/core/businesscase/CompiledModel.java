package dev.crmroi.core.businesscase;

/**
 * A business-case model reduced to a function of its input vector, for Monte Carlo and tornado.
 * Outputs, in this order: ROI and NPV (risk-adjusted where the model has risk adjustment), then ROI
 * and NPV unadjusted.
 */
interface CompiledModel {

  int ROI = 0;
  int NPV = 1;
  int ROI_UNADJUSTED = 2;
  int NPV_UNADJUSTED = 3;
  int OUTPUTS = 4;

  /** The inputs, validated. */
  InputSpace inputs();

  /**
   * Evaluates the model; must not allocate.
   *
   * @param values one value per input, in registration order
   * @param out receives the {@link #OUTPUTS} outputs
   */
  void evaluate(double[] values, double[] out);
}
