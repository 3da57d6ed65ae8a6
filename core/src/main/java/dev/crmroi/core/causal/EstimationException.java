package dev.crmroi.core.causal;

/**
 * A panel or an estimator request cannot give a causal estimate: a unit without data, a go-live
 * outside the data, too short a pre-period, no comparison units, and so on.
 *
 * <p>The message names the unit, month or argument at fault and its value, so callers can show it
 * as is. Estimators throw this instead of returning NaN.
 */
public final class EstimationException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what was wrong, naming the unit or argument and its value
   */
  public EstimationException(String message) {
    super(message);
  }
}
