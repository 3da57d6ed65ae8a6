package dev.crmroi.generator;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * A rollout unit (a sales region) with its size, booking currency and CRM go-live month.
 *
 * @param index position in {@link #ALL}
 * @param name the region name, as {@code accounts.region} carries it
 * @param weight the region's share of the business
 * @param currency the currency its deals, subscriptions and budgets are booked in
 * @param goLive the month the CRM went live there; empty for the control region that never did
 */
record Unit(int index, String name, double weight, String currency, Optional<YearMonth> goLive) {

  /**
   * Staggered go-lives, each with at least 15 pre-period months, plus one never-treated control.
   */
  static final List<Unit> ALL =
      List.of(
          new Unit(0, "NA", 0.34, "USD", Optional.of(YearMonth.of(2023, 4))),
          new Unit(1, "EMEA", 0.28, "EUR", Optional.of(YearMonth.of(2023, 10))),
          new Unit(2, "APAC", 0.16, "USD", Optional.of(YearMonth.of(2024, 4))),
          new Unit(3, "LATAM", 0.11, "USD", Optional.of(YearMonth.of(2024, 10))),
          new Unit(4, "MEA", 0.11, "USD", Optional.empty()));

  /** Month index of go-live, or {@link Integer#MAX_VALUE} if the unit never went live. */
  int goLiveIndex() {
    return goLive.map(Timeline::indexOf).orElse(Integer.MAX_VALUE);
  }

  boolean liveIn(int month) {
    return month >= goLiveIndex();
  }

  /** A count proportional to this unit's weight, at least {@code min}. */
  int share(double total, int min) {
    return Math.max(min, (int) Math.round(total * weight));
  }
}
