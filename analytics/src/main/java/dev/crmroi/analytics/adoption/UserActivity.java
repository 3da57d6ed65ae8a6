package dev.crmroi.analytics.adoption;

import java.util.OptionalDouble;

/**
 * What one user did in the CRM in a period: the parts of the adoption score (adoption/
 * components.sql says exactly what each counts).
 *
 * @param userId the user
 * @param name the user's name, or the id when it has none
 * @param team the user's team ({@code unassigned} when none)
 * @param region the user's region ({@code unassigned} when none)
 * @param calls calls logged in the period
 * @param meetings meetings logged
 * @param otherActivities emails, tasks, quotes and notes logged
 * @param opportunitiesUpdated distinct opportunities with an activity logged against them
 * @param opportunitiesClosed owned opportunities closed (won or lost) in the period
 * @param opportunitiesOwned owned opportunities alive in the period
 * @param opportunitiesComplete of those, the ones with amount, account, type and (when closed) a
 *     close date
 * @param accountsOwned owned accounts existing by the period's end
 * @param accountsComplete of those, the ones with industry and region
 */
public record UserActivity(
    String userId,
    String name,
    String team,
    String region,
    long calls,
    long meetings,
    long otherActivities,
    long opportunitiesUpdated,
    long opportunitiesClosed,
    long opportunitiesOwned,
    long opportunitiesComplete,
    long accountsOwned,
    long accountsComplete) {

  /** Complete records owned: opportunities and accounts. */
  public long completeRecords() {
    return opportunitiesComplete + accountsComplete;
  }

  /** Records owned: opportunities and accounts. */
  public long ownedRecords() {
    return opportunitiesOwned + accountsOwned;
  }

  /** The share of owned records that are complete, empty when the user owns none. */
  public OptionalDouble completeShare() {
    long owned = ownedRecords();
    return owned == 0
        ? OptionalDouble.empty()
        : OptionalDouble.of((double) completeRecords() / owned);
  }
}
