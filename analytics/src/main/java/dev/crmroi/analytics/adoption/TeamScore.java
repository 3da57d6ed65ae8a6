package dev.crmroi.analytics.adoption;

import java.util.OptionalDouble;

/**
 * One team's place on the leaderboard, ranked by points per member so that team size does not
 * decide the order.
 *
 * @param rank 1 for the most points per member; equal values share a rank
 * @param team the team
 * @param members users of the team on the leaderboard
 * @param points their points added up
 * @param pointsPerMember points / members
 * @param badges badges earned by its members, added up
 * @param completeShare complete records / owned records over its members, empty when none owned
 */
public record TeamScore(
    int rank,
    String team,
    int members,
    double points,
    double pointsPerMember,
    int badges,
    OptionalDouble completeShare) {}
