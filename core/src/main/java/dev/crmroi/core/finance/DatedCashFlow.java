package dev.crmroi.core.finance;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One cash flow on a calendar date, as used by XNPV and XIRR (positive = money in, negative = money
 * out).
 *
 * @param date the day the amount is paid or received
 * @param amount the amount, finite
 */
public record DatedCashFlow(LocalDate date, double amount) {

  public DatedCashFlow {
    Objects.requireNonNull(date, "date");
    if (!Double.isFinite(amount)) {
      throw new FinanceException("cash flow on " + date + " must be finite but was " + amount);
    }
  }

  /** Shorthand for {@code new DatedCashFlow(LocalDate.parse(isoDate), amount)}. */
  public static DatedCashFlow of(String isoDate, double amount) {
    return new DatedCashFlow(LocalDate.parse(isoDate), amount);
  }
}
