package dev.crmroi.analytics.adoption;

/** A milestone shown beside a user's score; earned from the period's activity alone. */
public enum Badge {
  /** At least 100 calls logged. */
  CALLS_100("100 calls logged"),
  /** At least 25 meetings logged. */
  MEETINGS_25("25 meetings logged"),
  /** At least 10 owned opportunities closed as won or lost. */
  CLOSER_10("10 opportunities closed"),
  /** At least 95% of at least 5 owned records complete. */
  COMPLETE_RECORDS_95("complete records ≥ 95%");

  private final String label;

  Badge(String label) {
    this.label = label;
  }

  /** What the badge says. */
  public String label() {
    return label;
  }

  /** Whether {@code a} earned it. */
  public boolean earnedBy(UserActivity a) {
    return switch (this) {
      case CALLS_100 -> a.calls() >= 100;
      case MEETINGS_25 -> a.meetings() >= 25;
      case CLOSER_10 -> a.opportunitiesClosed() >= 10;
      case COMPLETE_RECORDS_95 -> a.ownedRecords() >= 5 && a.completeShare().orElse(0) >= 0.95;
    };
  }
}
