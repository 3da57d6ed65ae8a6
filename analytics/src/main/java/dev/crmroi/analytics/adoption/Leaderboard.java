package dev.crmroi.analytics.adoption;

import dev.crmroi.core.kpi.Period;
import dev.crmroi.store.SqlResource;
import dev.crmroi.store.Store;
import dev.crmroi.store.StoreException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.ToDoubleFunction;

/**
 * The CRM adoption leaderboard: a score per user for a period from the activities they logged, the
 * opportunities they updated and closed and the completeness of the records they own, weighted by
 * {@link ScoreWeights}, with rank and badges; and the same per team.
 */
public final class Leaderboard {
  private final Store store;
  private final ScoreWeights weights;

  /** A leaderboard over {@code store} scored with {@code weights}. */
  public Leaderboard(Store store, ScoreWeights weights) {
    this.store = store;
    this.weights = weights;
  }

  /** Every user employed (and licensed) in {@code period}, best first. */
  public List<AdoptionScore> users(Period period) {
    List<UserActivity> activity = activity(period);
    activity.sort(
        Comparator.comparingDouble((UserActivity a) -> -weights.points(a))
            .thenComparing(UserActivity::userId));
    int[] ranks = ranks(activity, weights::points);
    List<AdoptionScore> out = new ArrayList<>();
    for (int i = 0; i < activity.size(); i++) {
      UserActivity a = activity.get(i);
      List<Badge> badges = Arrays.stream(Badge.values()).filter(b -> b.earnedBy(a)).toList();
      out.add(new AdoptionScore(ranks[i], a, weights.points(a), badges));
    }
    return out;
  }

  /** The users' scores summed per team, best points per member first. */
  public List<TeamScore> teams(Period period) {
    Map<String, List<AdoptionScore>> byTeam = new LinkedHashMap<>();
    for (AdoptionScore s : users(period)) {
      byTeam.computeIfAbsent(s.activity().team(), t -> new ArrayList<>()).add(s);
    }
    List<TeamScore> teams = new ArrayList<>();
    byTeam.forEach((team, scores) -> teams.add(team(team, scores)));
    teams.sort(
        Comparator.comparingDouble((TeamScore t) -> -t.pointsPerMember())
            .thenComparing(TeamScore::team));
    int[] ranks = ranks(teams, TeamScore::pointsPerMember);
    List<TeamScore> out = new ArrayList<>();
    for (int i = 0; i < teams.size(); i++) {
      TeamScore t = teams.get(i);
      out.add(
          new TeamScore(
              ranks[i],
              t.team(),
              t.members(),
              t.points(),
              t.pointsPerMember(),
              t.badges(),
              t.completeShare()));
    }
    return out;
  }

  private static TeamScore team(String team, List<AdoptionScore> scores) {
    double points = scores.stream().mapToDouble(AdoptionScore::points).sum();
    int badges = scores.stream().mapToInt(s -> s.badges().size()).sum();
    long owned = scores.stream().mapToLong(s -> s.activity().ownedRecords()).sum();
    long complete = scores.stream().mapToLong(s -> s.activity().completeRecords()).sum();
    OptionalDouble share =
        owned == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) complete / owned);
    return new TeamScore(0, team, scores.size(), points, points / scores.size(), badges, share);
  }

  /** Competition ranks (1, 2, 2, 4) of items already sorted best first. */
  private static <T> int[] ranks(List<T> sorted, ToDoubleFunction<T> score) {
    int[] ranks = new int[sorted.size()];
    for (int i = 0; i < sorted.size(); i++) {
      boolean tie =
          i > 0 && score.applyAsDouble(sorted.get(i)) == score.applyAsDouble(sorted.get(i - 1));
      ranks[i] = tie ? ranks[i - 1] : i + 1;
    }
    return ranks;
  }

  private List<UserActivity> activity(Period period) {
    String sql = SqlResource.text(Leaderboard.class, "components.sql");
    try (PreparedStatement s = store.connection().prepareStatement(sql)) {
      s.setString(1, period.start().toString());
      s.setString(2, period.endExclusive().toString());
      List<UserActivity> out = new ArrayList<>();
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          out.add(
              new UserActivity(
                  r.getString("user_id"),
                  r.getString("name"),
                  r.getString("team"),
                  r.getString("region"),
                  r.getLong("calls"),
                  r.getLong("meetings"),
                  r.getLong("other_activities"),
                  r.getLong("opportunities_updated"),
                  r.getLong("opportunities_closed"),
                  r.getLong("opportunities_owned"),
                  r.getLong("opportunities_complete"),
                  r.getLong("accounts_owned"),
                  r.getLong("accounts_complete")));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new StoreException(
          "the adoption leaderboard failed in the store: " + e.getMessage(), e);
    }
  }
}
