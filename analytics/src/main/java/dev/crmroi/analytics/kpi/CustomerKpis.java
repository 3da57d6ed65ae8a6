package dev.crmroi.analytics.kpi;

import static dev.crmroi.analytics.kpi.Defs.ACCOUNT_AND_USER;
import static dev.crmroi.analytics.kpi.Defs.ACCOUNT_USER_CHANNEL;
import static dev.crmroi.analytics.kpi.Defs.notYet;
import static dev.crmroi.analytics.kpi.Defs.ratio;
import static dev.crmroi.analytics.kpi.Defs.scaled;
import static dev.crmroi.analytics.kpi.Defs.sum;

import dev.crmroi.core.kpi.Dimension;
import dev.crmroi.core.kpi.KpiUnit;
import java.util.EnumSet;
import java.util.List;

/**
 * The customer KPIs of metrics.md. An account is active on a day when a subscription runs that day
 * ({@code started_on ≤ day < ended_on}) or it won a deal or was invoiced in the 12 months up to
 * that day; "active at period start" is the first day, "at period end" the last.
 */
final class CustomerKpis {
  private static final List<String> ACTIVITY = List.of("subscriptions|opportunities|invoices");
  private static final String NO_ACTIVE = "no active customers at period start";

  private CustomerKpis() {}

  static List<KpiDefinition> all() {
    return List.of(
        sum(
            "active_customers",
            "Active customers",
            "accounts with an active subscription, or a won deal or invoice in the trailing 12"
                + " months",
            KpiUnit.COUNT,
            ACTIVITY,
            ACCOUNT_AND_USER),
        ratio(
            "churn_rate",
            "Churn rate",
            "customers active at period start who stopped being active during it / active at"
                + " start",
            KpiUnit.RATIO,
            ACTIVITY,
            ACCOUNT_AND_USER,
            NO_ACTIVE),
        ratio(
            "retention_rate",
            "Retention rate",
            "1 − churn_rate",
            KpiUnit.RATIO,
            ACTIVITY,
            ACCOUNT_AND_USER,
            NO_ACTIVE),
        ratio(
            "revenue_churn",
            "Revenue churn",
            "MRR lost from ended subscriptions / MRR at period start",
            KpiUnit.RATIO,
            List.of("subscriptions"),
            EnumSet.of(
                Dimension.REGION,
                Dimension.SEGMENT,
                Dimension.TEAM,
                Dimension.OWNER,
                Dimension.PRODUCT_LINE),
            "no MRR at period start"),
        ratio(
            "net_revenue_retention",
            "Net revenue retention",
            "(start MRR + expansion − contraction − churned) / start MRR",
            KpiUnit.RATIO,
            List.of("subscriptions"),
            ACCOUNT_AND_USER,
            "no MRR at period start"),
        notYet(
            "clv_historical",
            "Historical CLV",
            "average gross profit per customer × average lifetime (1 / churn)",
            KpiUnit.MONEY,
            "not yet: needs a stated lifetime convention (period versus annualised churn);"
                + " planned with the CLV module"),
        notYet(
            "clv_predicted",
            "Predicted CLV",
            "BG/NBD × Gamma-Gamma expected discounted profit per customer (see analytics)",
            KpiUnit.MONEY,
            "not yet: needs the BG/NBD and Gamma-Gamma fit"),
        notYet(
            "clv_to_cac",
            "CLV to CAC",
            "clv / cac",
            KpiUnit.RATIO,
            "not yet: needs clv_historical or clv_predicted"),
        ratio(
            "csat",
            "CSAT",
            "mean score and share of scores ≥ 4 on a 1–5 scale, surveys of kind csat",
            KpiUnit.SCORE,
            List.of("surveys"),
            ACCOUNT_USER_CHANNEL,
            "no csat surveys answered",
            "share_4_or_5"),
        scaled(
            ratio(
                "nps",
                "Net promoter score",
                "% promoters (9–10) − % detractors (0–6), surveys of kind nps, range −100..100",
                KpiUnit.POINTS,
                List.of("surveys"),
                ACCOUNT_USER_CHANNEL,
                "no nps surveys answered"),
            100));
  }
}
