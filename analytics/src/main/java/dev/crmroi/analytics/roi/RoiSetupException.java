package dev.crmroi.analytics.roi;

/**
 * Measured ROI cannot be computed as configured (a go-live after the data ends, too short a
 * pre-period, a unit with no data, no cost ledger); the message names the problem.
 */
public final class RoiSetupException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  RoiSetupException(String message) {
    super(message);
  }
}
