package dev.crmroi.analytics.adoption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.crmroi.core.config.CrmRoiConfig.DuckDbSettings;
import dev.crmroi.core.kpi.Period;
import dev.crmroi.store.SqlResource;
import dev.crmroi.store.Store;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The leaderboard on a hand-worked fixture (leaderboard_fixture.sql), 2024-Q1, default weights
 * (call 3, meeting 5, other 1, updated 2, closed 10, complete record 1).
 *
 * <ul>
 *   <li>u1: 3 calls, 1 meeting, 3 other (2 emails, 1 note; the December call is outside), 2
 *       opportunities updated (o1, o2), 1 closed (o1); owns o1 (complete), o2 (no amount), a1
 *       (complete), a3 (blank region): 9 + 5 + 3 + 4 + 10 + 2 = 33.
 *   <li>u2: 1 call (the April one is outside), o3 updated and closed; owns o3 (no type) and a2 (no
 *       industry); o4 closed before the quarter: 3 + 2 + 10 = 15.
 *   <li>u3: 100 calls = 300, badge "100 calls"; o5 and a4 come after the quarter.
 *   <li>u6 and u7: 5 complete accounts each = 5, badge "complete records ≥ 95%", tied at rank 4.
 *   <li>u4 left before the quarter, u5 is not licensed: not on the board.
 * </ul>
 */
class LeaderboardTest {
  private static final Period Q1 = Period.parse("2024-Q1");
  private static Store store;

  @BeforeAll
  static void load() throws SQLException {
    store = Store.inMemory(new DuckDbSettings("256MB", 1));
    try (Statement s = store.connection().createStatement()) {
      s.execute(SqlResource.text(LeaderboardTest.class, "leaderboard_fixture.sql"));
    }
  }

  @AfterAll
  static void close() {
    store.close();
  }

  @Test
  void users_fixture_pointsRanksAndOrderAsWorkedOut() {
    List<AdoptionScore> board = new Leaderboard(store, ScoreWeights.defaults()).users(Q1);

    assertThat(board.stream().map(s -> s.activity().userId()))
        .containsExactly("u3", "u1", "u2", "u6", "u7");
    assertThat(board.stream().map(AdoptionScore::points))
        .containsExactly(300.0, 33.0, 15.0, 5.0, 5.0);
    assertThat(board.stream().map(AdoptionScore::rank)).containsExactly(1, 2, 3, 4, 4);
  }

  @Test
  void users_fixture_componentsOfU1AsWorkedOut() {
    UserActivity u1 = new Leaderboard(store, ScoreWeights.defaults()).users(Q1).get(1).activity();

    assertThat(u1).isEqualTo(new UserActivity("u1", "Ann", "A", "EMEA", 3, 1, 3, 2, 1, 2, 1, 2, 1));
    assertThat(u1.completeShare().getAsDouble()).isEqualTo(0.5);
  }

  @Test
  void users_fixture_badgesAsWorkedOut() {
    List<AdoptionScore> board = new Leaderboard(store, ScoreWeights.defaults()).users(Q1);

    assertThat(board.get(0).badges()).containsExactly(Badge.CALLS_100);
    assertThat(board.get(1).badges()).isEmpty();
    assertThat(board.get(3).badges()).containsExactly(Badge.COMPLETE_RECORDS_95);
  }

  @Test
  void users_onlyCompletenessWeighted_pointsAreCompleteRecords() {
    List<AdoptionScore> board =
        new Leaderboard(store, new ScoreWeights(0, 0, 0, 0, 0, 1)).users(Q1);

    assertThat(board.stream().map(s -> s.activity().userId() + "=" + s.points()))
        .containsExactly("u6=5.0", "u7=5.0", "u1=2.0", "u2=0.0", "u3=0.0");
    assertThat(board.stream().map(AdoptionScore::rank)).containsExactly(1, 1, 3, 4, 4);
  }

  @Test
  void teams_fixture_rankedByPointsPerMember() {
    List<TeamScore> teams = new Leaderboard(store, ScoreWeights.defaults()).teams(Q1);

    assertThat(teams.stream().map(TeamScore::team)).containsExactly("B", "A");
    TeamScore b = teams.get(0);
    assertThat(b.members()).isEqualTo(3);
    assertThat(b.points()).isEqualTo(310.0);
    assertThat(b.pointsPerMember()).isCloseTo(310.0 / 3, within(1e-12));
    assertThat(b.badges()).isEqualTo(3);
    TeamScore a = teams.get(1);
    assertThat(a.rank()).isEqualTo(2);
    assertThat(a.pointsPerMember()).isEqualTo(24.0);
    assertThat(a.completeShare().getAsDouble()).isCloseTo(2.0 / 6, within(1e-12));
  }

  @Test
  void weights_negative_rejectedNamingTheValue() {
    assertThatThrownBy(() -> new ScoreWeights(3, 5, -1, 2, 10, 1))
        .hasMessageContaining("≥ 0 but one was -1.0");
  }
}
