package dev.crmroi.cli;

import dev.crmroi.analytics.adoption.AdoptionScore;
import dev.crmroi.analytics.adoption.Badge;
import dev.crmroi.analytics.adoption.ScoreWeights;
import dev.crmroi.analytics.adoption.TeamScore;
import dev.crmroi.analytics.adoption.UserActivity;
import dev.crmroi.core.kpi.Period;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Prints the adoption leaderboard as a table or JSON ({@code {"period", "weights", "users"|"teams":
 * [...]}}, fields extended, never renamed).
 */
final class AdoptionView {
  private final PrintWriter out;
  private final OutputFormat format;
  private final int limit;

  AdoptionView(PrintWriter out, OutputFormat format, int limit) {
    this.out = out;
    this.format = format;
    this.limit = limit;
  }

  void printUsers(Period period, ScoreWeights weights, List<AdoptionScore> scores) {
    List<AdoptionScore> shown = scores.subList(0, Math.min(limit, scores.size()));
    if (format == OutputFormat.json) {
      Map<String, Object> root = root(period, weights);
      root.put("users", shown.stream().map(AdoptionView::entry).toList());
      out.println(Json.write(root));
      return;
    }
    out.printf("CRM adoption leaderboard for %s (%d users)%n%n", period, scores.size());
    TextTable t =
        new TextTable(
            "rank",
            "user",
            "team",
            "points",
            "calls",
            "meetings",
            "other",
            "opps updated",
            "opps closed",
            "complete",
            "badges");
    for (AdoptionScore s : shown) {
      UserActivity a = s.activity();
      t.row(
          s.rank(),
          a.name(),
          a.team(),
          points(s.points()),
          a.calls(),
          a.meetings(),
          a.otherActivities(),
          a.opportunitiesUpdated(),
          a.opportunitiesClosed(),
          share(a.completeShare()),
          String.join(", ", s.badges().stream().map(Badge::label).toList()));
    }
    t.print(out);
  }

  void printTeams(Period period, ScoreWeights weights, List<TeamScore> teams) {
    List<TeamScore> shown = teams.subList(0, Math.min(limit, teams.size()));
    if (format == OutputFormat.json) {
      Map<String, Object> root = root(period, weights);
      root.put("teams", shown.stream().map(AdoptionView::entry).toList());
      out.println(Json.write(root));
      return;
    }
    out.printf("CRM adoption by team for %s%n%n", period);
    TextTable t =
        new TextTable("rank", "team", "members", "points", "per member", "complete", "badges");
    for (TeamScore s : shown) {
      t.row(
          s.rank(),
          s.team(),
          s.members(),
          points(s.points()),
          points(s.pointsPerMember()),
          share(s.completeShare()),
          s.badges());
    }
    t.print(out);
  }

  private static Map<String, Object> root(Period period, ScoreWeights weights) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("period", period.toString());
    root.put("weights", weights);
    return root;
  }

  private static Map<String, Object> entry(AdoptionScore s) {
    UserActivity a = s.activity();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("rank", s.rank());
    m.put("user_id", a.userId());
    m.put("name", a.name());
    m.put("team", a.team());
    m.put("region", a.region());
    m.put("points", s.points());
    m.put("calls", a.calls());
    m.put("meetings", a.meetings());
    m.put("other_activities", a.otherActivities());
    m.put("opportunities_updated", a.opportunitiesUpdated());
    m.put("opportunities_closed", a.opportunitiesClosed());
    m.put("complete_records", a.completeRecords());
    m.put("owned_records", a.ownedRecords());
    m.put("complete_share", boxed(a.completeShare()));
    m.put("badges", s.badges().stream().map(Badge::label).toList());
    return m;
  }

  private static Map<String, Object> entry(TeamScore s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("rank", s.rank());
    m.put("team", s.team());
    m.put("members", s.members());
    m.put("points", s.points());
    m.put("points_per_member", s.pointsPerMember());
    m.put("badges", s.badges());
    m.put("complete_share", boxed(s.completeShare()));
    return m;
  }

  private static Double boxed(OptionalDouble v) {
    return v.isPresent() ? v.getAsDouble() : null;
  }

  private static String points(double v) {
    return v == Math.rint(v)
        ? String.format(Locale.ROOT, "%,.0f", v)
        : String.format(Locale.ROOT, "%,.1f", v);
  }

  private static String share(OptionalDouble v) {
    return v.isPresent() ? String.format(Locale.ROOT, "%.0f%%", 100 * v.getAsDouble()) : "-";
  }
}
