package dev.crmroi.analytics.kpi;

import static dev.crmroi.analytics.kpi.Defs.ALL_DIMS;
import static dev.crmroi.analytics.kpi.Defs.notYet;
import static dev.crmroi.analytics.kpi.Defs.ratio;
import static dev.crmroi.analytics.kpi.Defs.sum;

import dev.crmroi.core.kpi.KpiUnit;
import java.util.List;

/** The sales KPIs of metrics.md. */
final class SalesKpis {
  private static final List<String> OPPS = List.of("opportunities");

  private SalesKpis() {}

  static List<KpiDefinition> all() {
    return List.of(
        sum(
            "revenue_won",
            "Revenue won",
            "sum(amount) of opportunities won with closed_at in period",
            KpiUnit.MONEY,
            OPPS,
            ALL_DIMS),
        ratio(
            "sales_growth",
            "Sales growth",
            "(revenue_won this period − previous period) / previous period",
            KpiUnit.RATIO,
            OPPS,
            ALL_DIMS,
            "no revenue won in the previous period"),
        ratio(
            "win_rate",
            "Win rate",
            "won / (won + lost), opportunities closed in period",
            KpiUnit.RATIO,
            OPPS,
            ALL_DIMS,
            "no closed opportunities"),
        ratio(
            "avg_deal_size",
            "Average deal size",
            "revenue_won / count won",
            KpiUnit.MONEY,
            OPPS,
            ALL_DIMS,
            "no won opportunities"),
        ratio(
            "sales_cycle_days",
            "Sales cycle",
            "mean and median of (closed_at − created_at) in days, won in period",
            KpiUnit.DAYS,
            OPPS,
            ALL_DIMS,
            "no won opportunities",
            "median"),
        sum(
            "pipeline_value",
            "Pipeline value",
            "sum(amount) of open opportunities at period end",
            KpiUnit.MONEY,
            OPPS,
            ALL_DIMS),
        sum(
            "upsell_cross_sell_revenue",
            "Upsell and cross-sell revenue",
            "revenue_won where type in (upsell, cross_sell)",
            KpiUnit.MONEY,
            OPPS,
            ALL_DIMS),
        ratio(
            "calls_to_sales",
            "Calls per sale",
            "count of call activities in period / count won in period",
            KpiUnit.PER_SALE,
            List.of("activities", "opportunities"),
            Defs.ACCOUNT_AND_USER,
            "no won opportunities"),
        ratio(
            "activities_per_rep",
            "Activities per rep",
            "activities in period / active sales users",
            KpiUnit.PER_USER,
            List.of("activities", "users"),
            Defs.USER,
            "no active sales users"),
        notYet(
            "quota_attainment",
            "Quota attainment",
            "revenue_won per owner / that owner's goal (when goals define one)",
            KpiUnit.RATIO,
            "not yet: per-owner revenue goals (goals: metric revenue_won, slice owner=ID) are"
                + " tracked with their progress by crm-roi goals; the KPI itself needs those goals"
                + " passed to the engine, which is planned with the web dashboard"));
  }
}
