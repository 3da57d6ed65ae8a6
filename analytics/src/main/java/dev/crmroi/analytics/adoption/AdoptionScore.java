package dev.crmroi.analytics.adoption;

import java.util.List;

/**
 * One user's place on the adoption leaderboard.
 *
 * @param rank 1 for the most points; equal points share a rank (1, 2, 2, 4)
 * @param activity what the score is made of
 * @param points the score under the leaderboard's weights
 * @param badges the badges earned, in {@link Badge} order
 */
public record AdoptionScore(int rank, UserActivity activity, double points, List<Badge> badges) {
  public AdoptionScore {
    badges = List.copyOf(badges);
  }
}
