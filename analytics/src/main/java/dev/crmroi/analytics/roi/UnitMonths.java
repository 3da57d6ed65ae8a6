package dev.crmroi.analytics.roi;

import static dev.crmroi.store.SqlResource.literal;

import dev.crmroi.core.config.CrmRoiConfig.UnitAttribute;
import dev.crmroi.store.SqlResource;
import dev.crmroi.store.Store;
import dev.crmroi.store.StoreException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Builds the monthly outcome table of every benefit stream per rollout unit in one DuckDB query
 * over the canonical tables; the estimators then work on this small table in Java.
 */
public final class UnitMonths {
  private final Store store;

  public UnitMonths(Store store) {
    this.store = store;
  }

  /**
   * The unit-months from {@code from} to {@code to}.
   *
   * @param units what a rollout unit is
   * @param grossMargin margin of won deals that carry no cost of sale
   * @param excludedProductLines product lines whose deals are left out (confounders)
   * @param rampMonths months a new sales rep takes to reach full productivity
   */
  public List<UnitMonth> load(
      UnitAttribute units,
      YearMonth from,
      YearMonth to,
      double grossMargin,
      List<String> excludedProductLines,
      int rampMonths) {
    Map<String, String> parts =
        new java.util.HashMap<>(parts(units, from, to, grossMargin, excludedProductLines));
    parts.put("ramp_months", rampMonths + ".0");
    String sql = SqlResource.render(UnitMonths.class, "unit_months.sql", parts);
    try (Statement s = store.connection().createStatement();
        ResultSet r = s.executeQuery(sql)) {
      List<UnitMonth> out = new ArrayList<>();
      while (r.next()) {
        out.add(row(r));
      }
      return out;
    } catch (SQLException e) {
      throw new StoreException("cannot build the unit-month outcomes: " + e.getMessage(), e);
    }
  }

  private static UnitMonth row(ResultSet r) throws SQLException {
    return new UnitMonth(
        r.getString("unit"),
        YearMonth.from(r.getDate("month").toLocalDate()),
        r.getDouble("won_gross_profit"),
        r.getLong("won_deals"),
        r.getLong("sales_reps"),
        r.getDouble("sales_capacity"),
        r.getDouble("churned_mrr"),
        r.getLong("churned_subscriptions"),
        r.getDouble("active_mrr"),
        r.getDouble("at_risk_mrr"),
        r.getLong("tickets"),
        r.getLong("tickets_timed"),
        r.getDouble("handle_minutes"),
        r.getLong("leads"),
        r.getLong("conversions"),
        r.getDouble("marketing_spend"));
  }

  private static Map<String, String> parts(
      UnitAttribute units, YearMonth from, YearMonth to, double margin, List<String> excluded) {
    String accountBased =
        switch (units) {
          case ACCOUNT_REGION -> "coalesce(a.region, u.region, 'unassigned')";
          case ACCOUNT_SEGMENT -> "coalesce(a.segment, 'unassigned')";
          case OWNER_TEAM -> "coalesce(u.team, 'unassigned')";
          case OWNER_REGION -> "coalesce(u.region, 'unassigned')";
        };
    String userBased =
        switch (units) {
          case ACCOUNT_REGION, OWNER_REGION -> "coalesce(u.region, 'unassigned')";
          case OWNER_TEAM -> "coalesce(u.team, 'unassigned')";
          case ACCOUNT_SEGMENT -> "'unassigned'";
        };
    String productLineFilter =
        excluded.isEmpty()
            ? "TRUE"
            : "(o.product_line IS NULL OR o.product_line NOT IN ("
                + excluded.stream().map(p -> literal(p)).collect(Collectors.joining(", "))
                + "))";
    return Map.of(
        "from_month", literal(from.atDay(1).toString()),
        "to_month", literal(to.atDay(1).toString()),
        "unit_rule", units.key(),
        "gross_margin", String.format(Locale.ROOT, "%.10f", margin),
        "product_line_filter", productLineFilter,
        "opp_unit", accountBased,
        "account_unit", accountBased,
        "ticket_unit", accountBased,
        "lead_unit", accountBased,
        "user_unit", userBased);
  }
}
