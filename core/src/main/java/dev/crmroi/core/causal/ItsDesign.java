package dev.crmroi.core.causal;

import java.time.Month;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Regressors of the interrupted time series for one unit: intercept, linear trend (month index),
 * month-of-year dummies (January the reference) when the pre-period supports them, and covariates.
 *
 * <p>Seasonality rule: the 11 dummies are used only if every calendar month is observed at least
 * twice in the pre-period (in practice 24+ months) and the fit keeps at least {@value
 * #MIN_RESIDUAL_DF} residual degrees of freedom; with fewer, a dummy would be fitted from one or no
 * observation and its forecast would carry that month's noise into every post-period year, so the
 * model falls back to trend only and says so in {@link #seasonality()}.
 */
final class ItsDesign {

  static final int MIN_RESIDUAL_DF = 6;
  private static final int MONTHS_PER_YEAR = 12;

  private final Panel panel;
  private final int unit;
  private final boolean seasonal;
  private final int[] covariates;
  private final String seasonality;

  ItsDesign(Panel panel, int unit, ItsOptions options, int[] preRows) {
    this.panel = panel;
    this.unit = unit;
    this.covariates = options.covariates() ? allCovariates(panel) : new int[0];
    int[] perMonth = new int[MONTHS_PER_YEAR];
    for (int t : preRows) {
      perMonth[panel.months().get(t).getMonthValue() - 1]++;
    }
    int leastSeen = Arrays.stream(perMonth).min().orElse(0);
    int seasonalColumns = 2 + MONTHS_PER_YEAR - 1 + covariates.length;
    if (!options.seasonality()) {
      seasonal = false;
      seasonality = "off (turned off by the caller)";
    } else if (leastSeen < 2) {
      seasonal = false;
      seasonality =
          "off: month-of-year effects need every calendar month at least twice before go-live but"
              + " the pre-period has "
              + preRows.length
              + " observed months";
    } else if (preRows.length - seasonalColumns < MIN_RESIDUAL_DF) {
      seasonal = false;
      seasonality =
          "off: " + preRows.length + " pre-period months leave too few degrees of freedom";
    } else {
      seasonal = true;
      seasonality = "11 month-of-year dummies, January the reference";
    }
  }

  private static int[] allCovariates(Panel panel) {
    int[] all = new int[panel.covariateNames().size()];
    for (int k = 0; k < all.length; k++) {
      all[k] = k;
    }
    return all;
  }

  String seasonality() {
    return seasonality;
  }

  List<String> terms() {
    List<String> terms = new ArrayList<>(List.of("intercept", "trend"));
    if (seasonal) {
      for (int m = 2; m <= MONTHS_PER_YEAR; m++) {
        terms.add("month:" + Month.of(m));
      }
    }
    for (int k : covariates) {
      terms.add(panel.covariateNames().get(k));
    }
    return terms;
  }

  int columns() {
    return 2 + (seasonal ? MONTHS_PER_YEAR - 1 : 0) + covariates.length;
  }

  /** Whether month t of the unit has an outcome and, if used, every covariate. */
  static boolean complete(Panel panel, int unit, int t, ItsOptions options) {
    if (Double.isNaN(panel.outcome(unit, t))) {
      return false;
    }
    if (options.covariates()) {
      for (int k = 0; k < panel.covariateNames().size(); k++) {
        if (Double.isNaN(panel.covariate(k, unit, t))) {
          return false;
        }
      }
    }
    return true;
  }

  /** The regressor row of month t, plus {@code extra} trailing zero columns. */
  double[] row(int t, int extra) {
    double[] row = new double[columns() + extra];
    row[0] = 1;
    row[1] = t;
    int c = 2;
    if (seasonal) {
      int month = panel.months().get(t).getMonthValue();
      if (month > 1) {
        row[c + month - 2] = 1;
      }
      c += MONTHS_PER_YEAR - 1;
    }
    for (int k : covariates) {
      row[c++] = panel.covariate(k, unit, t);
    }
    return row;
  }
}
