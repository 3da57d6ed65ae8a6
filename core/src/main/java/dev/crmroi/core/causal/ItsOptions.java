package dev.crmroi.core.causal;

/**
 * Settings of the interrupted time series.
 *
 * @param seasonality model month-of-year effects when the pre-period allows it (see {@link
 *     InterruptedTimeSeries}); false for series without a calendar, e.g. daily or index data
 * @param covariates use the panel's covariates as regressors
 * @param minPreMonths fewest observed pre-period months accepted per unit, at least 3 (default 6)
 */
public record ItsOptions(boolean seasonality, boolean covariates, int minPreMonths) {

  /** Default minimum number of observed pre-period months. */
  public static final int DEFAULT_MIN_PRE_MONTHS = 6;

  /** Checks the minimum pre-period. */
  public ItsOptions {
    if (minPreMonths < 3) {
      throw new EstimationException("minPreMonths must be >= 3 but was " + minPreMonths);
    }
  }

  /** Seasonality when possible, covariates used, six pre-period months required. */
  public static ItsOptions defaults() {
    return new ItsOptions(true, true, DEFAULT_MIN_PRE_MONTHS);
  }

  /** These options without month-of-year seasonality. */
  public ItsOptions withoutSeasonality() {
    return new ItsOptions(false, covariates, minPreMonths);
  }

  /** These options without covariates. */
  public ItsOptions withoutCovariates() {
    return new ItsOptions(seasonality, false, minPreMonths);
  }
}
