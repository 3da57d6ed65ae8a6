package dev.crmroi.generator;

import java.util.LinkedHashMap;
import java.util.Map;

/** The exact definition of each stream's true value, published in the truth file. */
final class StreamDefinitions {

  static final Map<String, String> ALL = definitions();

  private StreamDefinitions() {}

  private static Map<String, String> definitions() {
    Map<String, String> d = new LinkedHashMap<>();
    d.put(
        "sales_effectiveness",
        "Expected incremental gross profit (amount x 0.35 expected margin) of won core-product"
            + " opportunities (product_line platform/services; the 'insights' line gets no CRM"
            + " effect) created in a unit after its go-live, booked in the month they close, for"
            + " deals closing up to data_end. Per unit-month of creation: expected deals (sales"
            + " capacity x 1.8 x season x trend) x sum over types of share x mean amount x base"
            + " win rate x ((1 + win_rate_uplift*s)(1 + deal_size_uplift*s) - 1), s = effect"
            + " strength (ramp x effect_scale). Amounts are USD; EUR/GBP deals convert at the"
            + " close date's monthly rate.");
    d.put(
        "customer_retention",
        "Gross margin (0.35) x difference in expected subscription MRR still active at the end"
            + " of each post-go-live month, with vs without the lower churn hazard, summed over"
            + " months to data_end: each avoided churn counts for every month it stays. Expected"
            + " MRR follows exposed_t = survivors_t + new MRR_t, survivors_t+1 = exposed_t x (1 -"
            + " h_t) with h_t = 0.016 x (1 - churn_hazard_reduction*s_t), from the realised"
            + " subscription starts; local currency converts at each month's rate."
            + " avoided_churned_mrr is the expected churned MRR avoided (not valued).");
    d.put(
        "service_efficiency",
        "Expected agent hours saved x loaded hourly cost (service, 40 USD): expected tickets"
            + " opened in the unit-month x expected handle minutes (38.25) x"
            + " handle_time_reduction x s / 60 x 40.");
    d.put(
        "marketing_efficiency",
        "Spend avoided for the same conversions: marketing budget of the unit-month (USD,"
            + " unchanged by the CRM) x lead_conversion_uplift x s. Without the CRM the month's"
            + " conversions would have cost budget x (1 + uplift x s) at the old cost per"
            + " converted lead (leads created in the month are the cohort).");
    return d;
  }

  static Map<String, Double> parameters() {
    Map<String, Double> p = new LinkedHashMap<>();
    p.put("win_rate_uplift", CrmEffect.WIN_RATE_UPLIFT);
    p.put("deal_size_uplift", CrmEffect.DEAL_SIZE_UPLIFT);
    p.put("churn_hazard_reduction", CrmEffect.CHURN_HAZARD_REDUCTION);
    p.put("handle_time_reduction", CrmEffect.HANDLE_TIME_REDUCTION);
    p.put("lead_conversion_uplift", CrmEffect.LEAD_CONVERSION_UPLIFT);
    p.put("ramp_months", (double) CrmEffect.RAMP_MONTHS);
    p.put("gross_margin", SalesModel.GROSS_MARGIN);
    p.put("base_monthly_churn_hazard", RetentionWriter.MONTHLY_CHURN_HAZARD);
    p.put("base_lead_conversion", MarketingPlan.BASE_CONVERSION);
    p.put("loaded_hourly_cost_service", ServiceWriter.LOADED_HOURLY_COST_USD);
    p.put("price_change_factor", SalesModel.PRICE_CHANGE_FACTOR);
    return p;
  }
}
