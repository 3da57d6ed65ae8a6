package dev.crmroi.core.causal;

/**
 * What each post-go-live month is compared with in the staggered difference-in-differences: the
 * long difference Y_t − base, where base is a unit's mean relative outcome over the {@code months}
 * months before its cohort's go-live (the same months for treated and comparison units, so seasons
 * cancel).
 *
 * <p>One month is Callaway &amp; Sant'Anna's base g − 1: robust to slow drifts between units, but
 * that single month's noise enters every post-period effect of the cohort and never averages out. A
 * longer window divides that noise by its length — the idea of the imputation estimator of
 * Borusyak, Jaravel &amp; Spiess (2024), which estimates unit levels from all untreated months —
 * but compares post months with months further back, so slow drifts weigh more. Under parallel
 * trends every window is unbiased.
 *
 * @param months how many months before go-live the base averages (at least 1)
 */
public record BaseWindow(int months) {
  /** Callaway &amp; Sant'Anna's base: the month before go-live. */
  public static final BaseWindow MONTH_BEFORE = new BaseWindow(1);

  /**
   * The quarter before go-live: the headline's base. In the validation study (docs/roi.md) it kept
   * every stream's interval coverage at about 90% or more while cutting the error of the point
   * estimate; longer windows cut the error further but let coverage fall below 90%.
   */
  public static final BaseWindow QUARTER_BEFORE = new BaseWindow(3);

  public BaseWindow {
    if (months < 1) {
      throw new IllegalArgumentException("a base window needs at least 1 month, got " + months);
    }
  }
}
