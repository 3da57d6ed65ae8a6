package dev.crmroi.analytics.adoption;

/**
 * Points per unit of each part of the adoption score. The defaults reward what keeps the CRM useful
 * to everyone else: a meeting (5) or call (3) logged is worth more than an email, task, quote or
 * note (1), because those are often logged automatically; an opportunity brought up to date (2, at
 * most once per opportunity and period) keeps the pipeline honest, and closing one as won or lost
 * (10) is the update forecasts need most; each complete record owned (1) rewards data quality
 * without letting a large book of accounts swamp the activity points.
 *
 * @param call per call logged
 * @param meeting per meeting logged
 * @param otherActivity per email, task, quote or note logged
 * @param opportunityUpdated per distinct opportunity with an activity logged against it
 * @param opportunityClosed per owned opportunity closed (won or lost) in the period
 * @param completeRecord per owned opportunity or account that is complete
 */
public record ScoreWeights(
    double call,
    double meeting,
    double otherActivity,
    double opportunityUpdated,
    double opportunityClosed,
    double completeRecord) {

  public ScoreWeights {
    for (double w :
        new double[] {
          call, meeting, otherActivity, opportunityUpdated, opportunityClosed, completeRecord
        }) {
      if (!(w >= 0 && Double.isFinite(w))) {
        throw new IllegalArgumentException("score weights must be finite and ≥ 0 but one was " + w);
      }
    }
  }

  /** The documented defaults: 3, 5, 1, 2, 10, 1. */
  public static ScoreWeights defaults() {
    return new ScoreWeights(3, 5, 1, 2, 10, 1);
  }

  /** The points of {@code a} under these weights. */
  public double points(UserActivity a) {
    return call * a.calls()
        + meeting * a.meetings()
        + otherActivity * a.otherActivities()
        + opportunityUpdated * a.opportunitiesUpdated()
        + opportunityClosed * a.opportunitiesClosed()
        + completeRecord * a.completeRecords();
  }
}
