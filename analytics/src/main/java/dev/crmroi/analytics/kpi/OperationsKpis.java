package dev.crmroi.analytics.kpi;

import static dev.crmroi.analytics.kpi.Defs.ACCOUNT_USER_CHANNEL;
import static dev.crmroi.analytics.kpi.Defs.ALL_DIMS;
import static dev.crmroi.analytics.kpi.Defs.USER;
import static dev.crmroi.analytics.kpi.Defs.median;
import static dev.crmroi.analytics.kpi.Defs.notYet;
import static dev.crmroi.analytics.kpi.Defs.ratio;
import static dev.crmroi.analytics.kpi.Defs.sum;

import dev.crmroi.core.kpi.Dimension;
import dev.crmroi.core.kpi.KpiUnit;
import java.util.EnumSet;
import java.util.List;

/**
 * The service, adoption and finance KPIs of metrics.md. Service time and rate KPIs count tickets
 * resolved in the period; {@code tickets_opened} and {@code first_response_hours} those opened.
 */
final class OperationsKpis {
  private static final List<String> TICKETS = List.of("tickets");
  private static final String NO_RESOLVED = "no tickets resolved";
  private static final String FINANCE = "not yet: needs the finance module (TCO ledger, ROI)";

  private OperationsKpis() {}

  static List<KpiDefinition> all() {
    return List.of(
        sum(
            "tickets_opened",
            "Tickets opened",
            "counts in period",
            KpiUnit.COUNT,
            TICKETS,
            ACCOUNT_USER_CHANNEL),
        sum(
            "tickets_resolved",
            "Tickets resolved",
            "counts in period",
            KpiUnit.COUNT,
            TICKETS,
            ACCOUNT_USER_CHANNEL),
        ratio(
            "avg_resolution_hours",
            "Resolution time",
            "mean and median (resolved_at − opened_at)",
            KpiUnit.HOURS,
            TICKETS,
            ACCOUNT_USER_CHANNEL,
            NO_RESOLVED,
            "median"),
        median(
            "first_response_hours",
            "First response time",
            "median (first_response_at − opened_at)",
            KpiUnit.HOURS,
            TICKETS,
            ACCOUNT_USER_CHANNEL,
            "no answered tickets opened"),
        ratio(
            "same_day_resolution_rate",
            "Same-day resolution",
            "tickets resolved on the calendar day they opened / tickets resolved",
            KpiUnit.RATIO,
            TICKETS,
            ACCOUNT_USER_CHANNEL,
            NO_RESOLVED),
        ratio(
            "avg_handle_time_min",
            "Handle time",
            "mean handle_time_min",
            KpiUnit.MINUTES,
            TICKETS,
            ACCOUNT_USER_CHANNEL,
            "no resolved tickets with a handle time"),
        ratio(
            "cases_per_agent",
            "Cases per agent",
            "tickets resolved / service agents active in period",
            KpiUnit.PER_USER,
            List.of("tickets", "users"),
            USER,
            "no active service agents"),
        ratio(
            "reopen_rate",
            "Reopen rate",
            "reopened / resolved",
            KpiUnit.RATIO,
            TICKETS,
            ACCOUNT_USER_CHANNEL,
            NO_RESOLVED),
        ratio(
            "adoption_rate",
            "Adoption rate",
            "licensed users with ≥ 1 login in period / licensed users",
            KpiUnit.RATIO,
            List.of("users"),
            USER,
            "no licensed users"),
        ratio(
            "logins_per_user",
            "Logins per user",
            "logins / active users",
            KpiUnit.PER_USER,
            List.of("user_logins"),
            USER,
            "no user logged in"),
        ratio(
            "activity_logging_rate",
            "Activity logging rate",
            "opportunities closed in period with ≥ 1 activity / opportunities closed",
            KpiUnit.RATIO,
            List.of("opportunities"),
            ALL_DIMS,
            "no closed opportunities"),
        ratio(
            "crm_user_satisfaction",
            "CRM user satisfaction",
            "mean score of `crm_user` surveys in period (1–5), with the count and the comments,"
                + " for the feedback loop on the CRM itself",
            KpiUnit.SCORE,
            List.of("surveys"),
            USER,
            "no crm_user surveys answered"),
        notYet(
            "data_quality_score",
            "Data quality score",
            "weighted mean of completeness, validity, uniqueness, consistency and freshness,"
                + " 0–100 (see data quality)",
            KpiUnit.SCORE,
            "not yet: needs the data quality audit"),
        sum(
            "gross_profit",
            "Gross profit",
            "revenue − cost (invoice cost, or opportunity cost_of_sale, or revenue × configured"
                + " margin, in that order)",
            KpiUnit.MONEY,
            List.of("invoices|opportunities"),
            ALL_DIMS),
        ratio(
            "profit_margin",
            "Profit margin",
            "gross_profit / revenue",
            KpiUnit.RATIO,
            List.of("invoices|opportunities"),
            ALL_DIMS,
            "no revenue"),
        sum(
            "tco",
            "Total cost of ownership",
            "sum of the crm_costs ledger over the horizon, by category and year",
            KpiUnit.MONEY,
            List.of("crm_costs"),
            EnumSet.noneOf(Dimension.class)),
        notYet(
            "roi",
            "ROI",
            "(benefits − costs) / costs × 100, over the horizon, undiscounted and discounted (see"
                + " roi-method)",
            KpiUnit.RATIO,
            FINANCE),
        notYet(
            "npv",
            "NPV",
            "Σ CF_t / (1 + r)^t, CF_0 undiscounted (Excel NPV convention is stated where it"
                + " differs)",
            KpiUnit.MONEY,
            FINANCE),
        notYet(
            "irr",
            "IRR / XIRR / MIRR",
            "rate where NPV = 0; XIRR on dated flows, day count actual/365",
            KpiUnit.RATIO,
            FINANCE),
        notYet(
            "payback_months",
            "Payback",
            "first month at which cumulative net benefit ≥ 0, interpolated within the month",
            KpiUnit.COUNT,
            FINANCE),
        notYet(
            "break_even",
            "Break-even",
            "the point (months, or units of incremental gross profit) where cumulative benefits"
                + " equal cumulative costs",
            KpiUnit.COUNT,
            FINANCE));
  }
}
