package dev.crmroi.core.finance;

/**
 * A finance function was given inputs for which its result does not exist or is not unique, for
 * example a cash-flow stream with no sign change (no IRR) or with several IRRs.
 *
 * <p>The message names the argument that was wrong and what it was, so callers can show it as is.
 */
public final class FinanceException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what was wrong, naming the argument and its value
   */
  public FinanceException(String message) {
    super(message);
  }
}
