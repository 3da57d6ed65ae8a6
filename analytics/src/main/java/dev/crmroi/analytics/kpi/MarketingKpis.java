package dev.crmroi.analytics.kpi;

import static dev.crmroi.analytics.kpi.Defs.ACCOUNT_USER_CHANNEL;
import static dev.crmroi.analytics.kpi.Defs.median;
import static dev.crmroi.analytics.kpi.Defs.notYet;
import static dev.crmroi.analytics.kpi.Defs.ratio;
import static dev.crmroi.analytics.kpi.Defs.sum;

import dev.crmroi.core.kpi.Dimension;
import dev.crmroi.core.kpi.KpiUnit;
import java.util.EnumSet;
import java.util.List;

/** The marketing KPIs of metrics.md. */
final class MarketingKpis {
  private static final List<String> LEADS = List.of("leads");

  private MarketingKpis() {}

  static List<KpiDefinition> all() {
    return List.of(
        sum(
            "leads_created",
            "Leads created",
            "leads with created_at in period",
            KpiUnit.COUNT,
            LEADS,
            ACCOUNT_USER_CHANNEL),
        ratio(
            "lead_conversion_rate",
            "Lead conversion rate",
            "leads converted / leads created, by created_at cohort",
            KpiUnit.RATIO,
            LEADS,
            ACCOUNT_USER_CHANNEL,
            "no leads created"),
        median(
            "time_to_first_contact_hours",
            "Time to first contact",
            "median (first_contact_at − created_at)",
            KpiUnit.HOURS,
            LEADS,
            ACCOUNT_USER_CHANNEL,
            "no contacted leads created"),
        ratio(
            "cost_per_lead",
            "Cost per lead",
            "marketing spend in period / leads created",
            KpiUnit.MONEY,
            List.of("spend", "leads"),
            EnumSet.of(Dimension.CHANNEL),
            "no leads created"),
        ratio(
            "campaign_conversion_rate",
            "Campaign conversion rate",
            "converted leads from the campaign / its leads",
            KpiUnit.RATIO,
            List.of("leads", "campaigns"),
            ACCOUNT_USER_CHANNEL,
            "no campaign leads created"),
        notYet(
            "campaign_roi",
            "Campaign ROI",
            "(attributed gross profit − campaign cost) / campaign cost, per attribution model",
            KpiUnit.RATIO,
            "not yet: needs the attribution models"),
        ratio(
            "cac",
            "Customer acquisition cost",
            "(sales + marketing spend in period) / new customers (accounts whose first won"
                + " opportunity closed in period)",
            KpiUnit.MONEY,
            List.of("spend", "opportunities"),
            EnumSet.of(Dimension.CHANNEL),
            "no new customers"),
        notYet(
            "revenue_by_campaign",
            "Revenue by campaign",
            "attributed revenue per campaign under a chosen model (see attribution)",
            KpiUnit.MONEY,
            "not yet: needs the attribution models"));
  }
}
