package dev.crmroi.analytics.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.crmroi.core.kpi.Dimension;
import dev.crmroi.core.kpi.KpiValue;
import dev.crmroi.core.kpi.Period;
import dev.crmroi.store.Store;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Shared plumbing of the KPI property tests: one in-memory store, the period 2024-Q1, fixed
 * accounts and helpers comparing the engine with slice tallies computed in plain Java.
 */
final class KpiProps {
  static final Period Q1 = Period.parse("2024-Q1");

  /** 2023-10-01, the start of the previous quarter: days 0..91 are 2023-Q4, 92..182 2024-Q1. */
  static final LocalDate DAY0 = LocalDate.of(2023, 10, 1);

  static final String ALL_TABLES =
      "DELETE FROM opportunities; DELETE FROM accounts; DELETE FROM leads; DELETE FROM tickets;"
          + " DELETE FROM surveys; DELETE FROM subscriptions; DELETE FROM users;"
          + " DELETE FROM user_logins; DELETE FROM activities; DELETE FROM campaigns;"
          + " DELETE FROM spend; DELETE FROM invoices; DELETE FROM crm_costs;";

  private KpiProps() {}

  static boolean inQ1(LocalDate day) {
    return !day.isBefore(Q1.start()) && !day.isAfter(Q1.end());
  }

  static boolean inQ1(LocalDateTime at) {
    return inQ1(at.toLocalDate());
  }

  static LocalDateTime hour(int h) {
    return DAY0.atStartOfDay().plusHours(h);
  }

  /** Accounts a0..a4: EMEA, NA, APAC, EMEA and no region; a5 is never imported; 6 means none. */
  static void insertAccounts(Store store) {
    List<String> regions = List.of("EMEA", "NA", "APAC", "EMEA");
    for (int i = 0; i < 5; i++) {
      insert(
          store,
          "INSERT INTO accounts (account_id, region) VALUES (?, ?)",
          "a" + i,
          i == 4 ? null : regions.get(i));
    }
  }

  static String accountId(int account) {
    return account >= 6 ? null : "a" + account;
  }

  /** The region of account {@code account} as {@link #insertAccounts} imports them. */
  static String accountRegion(int account) {
    return switch (account) {
      case 0, 3 -> "EMEA";
      case 1 -> "NA";
      case 2 -> "APAC";
      default -> Dimension.UNASSIGNED;
    };
  }

  /** A user u0..u3 as generated; u4 is never imported. Region index 3 means no region. */
  record User(String role, int region, Integer hiredDay, Integer leftDay, boolean licensed) {
    String regionName() {
      return region >= 3 ? Dimension.UNASSIGNED : List.of("NA", "APAC", "EMEA").get(region);
    }

    boolean employedInQ1() {
      return (hiredDay == null || DAY0.plusDays(hiredDay).isBefore(Q1.endExclusive()))
          && (leftDay == null || !DAY0.plusDays(leftDay).isBefore(Q1.start()));
    }
  }

  /** Exactly four users u0..u3 with random role, region, employment and licence. */
  static net.jqwik.api.Arbitrary<List<User>> users() {
    return net.jqwik.api.Combinators.combine(
            net.jqwik.api.Arbitraries.of("sales", "service"),
            net.jqwik.api.Arbitraries.integers().between(0, 3),
            net.jqwik.api.Arbitraries.integers().between(0, 200).injectNull(0.4),
            net.jqwik.api.Arbitraries.integers().between(0, 200).injectNull(0.5),
            net.jqwik.api.Arbitraries.of(true, false))
        .as(User::new)
        .list()
        .ofSize(4);
  }

  static void insertUsers(Store store, List<User> users) {
    for (int i = 0; i < users.size(); i++) {
      User u = users.get(i);
      insert(
          store,
          "INSERT INTO users (user_id, role, region, hired_on, left_on, licensed)"
              + " VALUES (?, ?, ?, ?, ?, ?)",
          "u" + i,
          u.role(),
          u.region() >= 3 ? null : List.of("NA", "APAC", "EMEA").get(u.region()),
          u.hiredDay() == null ? null : DAY0.plusDays(u.hiredDay()),
          u.leftDay() == null ? null : DAY0.plusDays(u.leftDay()),
          u.licensed());
    }
  }

  static String userRegion(List<User> users, int user) {
    return user < users.size() ? users.get(user).regionName() : Dimension.UNASSIGNED;
  }

  /** The region slice of a record: its account's region, else (no account) its user's. */
  static String region(List<User> users, int account, int user) {
    return account >= 6 ? userRegion(users, user) : accountRegion(account);
  }

  /** Per-slice numerator, denominator and observations, as expected by plain Java. */
  static final class Tally {
    final Map<String, double[]> sums = new TreeMap<>();
    final Map<String, List<Double>> obs = new TreeMap<>();

    Tally add(String slice, double num, double den) {
      double[] s = sums.computeIfAbsent(slice, k -> new double[2]);
      s[0] += num;
      s[1] += den;
      return this;
    }

    Tally observe(String slice, double value) {
      obs.computeIfAbsent(slice, k -> new ArrayList<>()).add(value);
      return add(slice, value, 1);
    }

    boolean isEmpty() {
      return sums.isEmpty();
    }

    double num() {
      return sums.values().stream().mapToDouble(s -> s[0]).sum();
    }

    double den() {
      return sums.values().stream().mapToDouble(s -> s[1]).sum();
    }

    List<Double> allObs() {
      return obs.values().stream().flatMap(List::stream).toList();
    }
  }

  enum Kind {
    SUM,
    RATIO,
    MEDIAN
  }

  static Double median(List<Double> values) {
    if (values.isEmpty()) {
      return null;
    }
    List<Double> v = values.stream().sorted().toList();
    int n = v.size();
    return n % 2 == 1 ? v.get(n / 2) : (v.get(n / 2 - 1) + v.get(n / 2)) / 2;
  }

  private static Double value(Kind kind, double num, double den, List<Double> obs, double scale) {
    return switch (kind) {
      case SUM -> num;
      case RATIO -> den == 0 ? null : scale * num / den;
      case MEDIAN -> median(obs);
    };
  }

  /**
   * KPI {@code id} for the whole period and sliced by {@code by} against the tally: n/a when a
   * needed table is empty ({@code imported} false); the single empty value (0 for sums) when no
   * record counts; else exactly the tally's slices with their values.
   */
  static void expect(
      KpiEngine engine, String id, Kind kind, boolean imported, Tally t, Dimension by) {
    expect(engine, id, kind, imported, t, by, 1);
  }

  static void expect(
      KpiEngine engine,
      String id,
      Kind kind,
      boolean imported,
      Tally t,
      Dimension by,
      double scale) {
    for (Dimension d : List.of(Dimension.NONE, by)) {
      List<KpiValue> values = engine.compute(id, Q1, d);
      if (!imported) {
        assertThat(values).as(id + " " + d).hasSize(1);
        check(id + " " + d + " not imported", values.get(0), null);
        assertThat(values.get(0).reason().orElseThrow()).as(id).contains("imported");
        continue;
      }
      if (t.isEmpty()) {
        assertThat(values).as(id + " " + d + " without records").hasSize(1);
        assertThat(values.get(0).slice()).isEqualTo(Dimension.ALL);
        check(id + " " + d + " without records", values.get(0), kind == Kind.SUM ? 0.0 : null);
        continue;
      }
      if (d == Dimension.NONE) {
        assertThat(values).as(id).hasSize(1);
        check(id + " all", values.get(0), value(kind, t.num(), t.den(), t.allObs(), scale));
        continue;
      }
      Map<String, KpiValue> bySlice =
          values.stream().collect(Collectors.toMap(KpiValue::slice, v -> v));
      assertThat(bySlice.keySet()).as(id + " slices by " + d).isEqualTo(t.sums.keySet());
      t.sums.forEach(
          (slice, s) ->
              check(
                  id + " " + slice,
                  bySlice.get(slice),
                  value(kind, s[0], s[1], t.obs.getOrDefault(slice, List.of()), scale)));
    }
  }

  static void check(String what, KpiValue v, Double expected) {
    if (expected == null) {
      assertThat(v.value()).as(what + " is n/a").isEmpty();
      assertThat(v.reason()).as(what).isPresent();
    } else {
      assertThat(v.value()).as(what).isPresent();
      assertThat(v.value().getAsDouble())
          .as(what)
          .isCloseTo(expected, within(1e-9 * Math.max(1, Math.abs(expected))));
    }
  }

  /** Campaigns c0..c2 with these channels; c3 is never imported. */
  static final String[] CHANNELS = {"email", "web", null};

  /** The channel of campaign c{@code campaign}, null when there is none or it has no channel. */
  static String campaignChannel(Integer campaign) {
    return campaign == null || campaign >= CHANNELS.length ? null : CHANNELS[campaign];
  }

  /** The channel slice of campaign c{@code campaign}. */
  static String channelSlice(Integer campaign) {
    String c = campaignChannel(campaign);
    return c == null ? Dimension.UNASSIGNED : c;
  }

  static void insertCampaigns(Store store) {
    for (int i = 0; i < CHANNELS.length; i++) {
      insert(
          store,
          "INSERT INTO campaigns (campaign_id, channel) VALUES (?, ?)",
          "c" + i,
          CHANNELS[i]);
    }
  }

  /**
   * A spend row over {@code days} days from DAY0 + {@code startDay}, for campaign c0..c3 or none.
   */
  record Spend(String category, int startDay, int days, int amount, Integer campaign) {
    LocalDate start() {
      return DAY0.plusDays(startDay);
    }

    LocalDate end() {
      return start().plusDays(days - 1);
    }

    String channel() {
      return channelSlice(campaign);
    }
  }

  /** Up to six spend rows of random category, period, amount and campaign. */
  static net.jqwik.api.Arbitrary<List<Spend>> spend() {
    return net.jqwik.api.Combinators.combine(
            net.jqwik.api.Arbitraries.of("marketing", "sales", "other"),
            net.jqwik.api.Arbitraries.integers().between(0, 200),
            net.jqwik.api.Arbitraries.integers().between(1, 120),
            net.jqwik.api.Arbitraries.integers().between(0, 50_000),
            net.jqwik.api.Arbitraries.integers().between(0, 3).injectNull(0.3))
        .as(Spend::new)
        .list()
        .ofMaxSize(6);
  }

  static void insertSpend(Store store, List<Spend> spend) {
    for (int i = 0; i < spend.size(); i++) {
      Spend s = spend.get(i);
      insert(
          store,
          "INSERT INTO spend (spend_id, category, period_start, period_end, amount, amount_rc,"
              + " campaign_id) VALUES (?, ?, ?, ?, ?, ?, ?)",
          "sp" + i,
          s.category(),
          s.start(),
          s.end(),
          s.amount(),
          s.amount(),
          s.campaign() == null ? null : "c" + s.campaign());
    }
  }

  static void insert(Store store, String sql, Object... values) {
    try (PreparedStatement s = store.connection().prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        s.setObject(i + 1, values[i]);
      }
      s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }
}
