package dev.crmroi.analytics.businesscase;

import static dev.crmroi.analytics.businesscase.EstimateReader.optional;
import static dev.crmroi.analytics.businesscase.EstimateReader.required;

import dev.crmroi.core.businesscase.Estimate;
import dev.crmroi.core.businesscase.QuickScenario;
import dev.crmroi.core.businesscase.TeiScenario;
import dev.crmroi.core.businesscase.VendorComparisonScenario;
import java.util.List;

/** Reads the three kinds of scenario section into the core input records, one key per component. */
final class SectionReaders {

  /** Default horizon of a comparison, as documented on {@link VendorComparisonScenario}. */
  static final int DEFAULT_HORIZON_YEARS = 3;

  private static final int MAX_HORIZON_MONTHS = 600;
  private static final int MAX_HORIZON_YEARS = 10;

  static final List<String> QUICK_KEYS =
      List.of(
          "reps",
          "monthly_cost_per_rep",
          "average_deal_revenue",
          "deals_per_rep_per_month",
          "gross_margin",
          "win_rate_uplift",
          "deal_size_uplift",
          "cross_sell_uplift",
          "hours_saved_per_rep_per_week",
          "crm_price_per_user_per_month",
          "one_off_costs",
          "other_monthly_costs",
          "working_hours_per_week",
          "horizon_months",
          "discount_rate");

  static final List<String> COMPARISON_KEYS =
      List.of("company", "discount_rate", "horizon_years", "options", "simulation");

  private static final List<String> TEI_KEYS =
      List.of("discount_rate", "benefits", "costs", "flexibility");
  private static final List<String> BENEFIT_KEYS =
      List.of("name", "years", "ramp_up", "risk_adjustment");
  private static final List<String> COST_KEYS =
      List.of("name", "initial", "years", "risk_adjustment");
  private static final List<String> FLEXIBILITY_KEYS = List.of("name", "description");
  private static final List<String> COMPANY_KEYS =
      List.of(
          "reps",
          "monthly_cost_per_rep",
          "average_deal_revenue",
          "deals_per_rep_per_month",
          "gross_margin",
          "working_hours_per_week");
  private static final List<String> OPTION_KEYS =
      List.of(
          "name",
          "seats",
          "price_per_user_per_month",
          "implementation_cost",
          "annual_other_costs",
          "ramp_up",
          "benefits",
          "benefit_risk_adjustment",
          "cost_risk_adjustment");
  private static final List<String> BENEFITS_KEYS =
      List.of(
          "win_rate_uplift",
          "deal_size_uplift",
          "cross_sell_uplift",
          "hours_saved_per_rep_per_week");

  private SectionReaders() {}

  static QuickScenario quick(ScenarioNode q) {
    requireSection(q, QUICK_KEYS);
    return new QuickScenario(
        required(q.child("reps")),
        required(q.child("monthly_cost_per_rep")),
        required(q.child("average_deal_revenue")),
        required(q.child("deals_per_rep_per_month")),
        required(q.child("gross_margin")),
        required(q.child("win_rate_uplift")),
        required(q.child("deal_size_uplift")),
        required(q.child("cross_sell_uplift")),
        required(q.child("hours_saved_per_rep_per_week")),
        required(q.child("crm_price_per_user_per_month")),
        required(q.child("one_off_costs")),
        optional(q.child("other_monthly_costs"), 0),
        q.child("working_hours_per_week").number(QuickScenario.DEFAULT_WORKING_HOURS_PER_WEEK),
        (int)
            q.child("horizon_months")
                .wholeNumber(QuickScenario.DEFAULT_HORIZON_MONTHS, 1, MAX_HORIZON_MONTHS),
        q.child("discount_rate").number(QuickScenario.DEFAULT_DISCOUNT_RATE));
  }

  /** A valid-looking quick scenario returned only alongside problems, never used. */
  static QuickScenario placeholderQuick() {
    Estimate zero = Estimate.fixed(0);
    return new QuickScenario(
        zero, zero, zero, zero, zero, zero, zero, zero, zero, zero, zero, zero, 40, 36, 0.1);
  }

  static TeiScenario tei(ScenarioNode t) {
    requireSection(t, TEI_KEYS);
    return new TeiScenario(
        t.child("discount_rate").number(TeiScenario.DEFAULT_DISCOUNT_RATE),
        t.child("benefits").list(true, SectionReaders::benefit),
        t.child("costs").list(true, SectionReaders::cost),
        t.child("flexibility").list(false, SectionReaders::flexibility));
  }

  private static TeiScenario.BenefitStream benefit(ScenarioNode b) {
    requireSection(b, BENEFIT_KEYS);
    return new TeiScenario.BenefitStream(
        b.child("name").text(),
        b.child("years").list(true, EstimateReader::required),
        b.child("ramp_up").list(false, EstimateReader::required),
        required(b.child("risk_adjustment")));
  }

  private static TeiScenario.CostCategory cost(ScenarioNode c) {
    requireSection(c, COST_KEYS);
    return new TeiScenario.CostCategory(
        c.child("name").text(),
        required(c.child("initial")),
        c.child("years").list(true, EstimateReader::required),
        required(c.child("risk_adjustment")));
  }

  private static TeiScenario.Flexibility flexibility(ScenarioNode f) {
    requireSection(f, FLEXIBILITY_KEYS);
    return new TeiScenario.Flexibility(f.child("name").text(), f.child("description").text());
  }

  static VendorComparisonScenario comparison(ScenarioNode root) {
    return new VendorComparisonScenario(
        company(root.child("company")),
        root.child("discount_rate").number(TeiScenario.DEFAULT_DISCOUNT_RATE),
        (int) root.child("horizon_years").wholeNumber(DEFAULT_HORIZON_YEARS, 1, MAX_HORIZON_YEARS),
        root.child("options").list(true, SectionReaders::option));
  }

  private static VendorComparisonScenario.Company company(ScenarioNode c) {
    requireSection(c, COMPANY_KEYS);
    return new VendorComparisonScenario.Company(
        required(c.child("reps")),
        required(c.child("monthly_cost_per_rep")),
        required(c.child("average_deal_revenue")),
        required(c.child("deals_per_rep_per_month")),
        required(c.child("gross_margin")),
        c.child("working_hours_per_week").number(QuickScenario.DEFAULT_WORKING_HOURS_PER_WEEK));
  }

  private static VendorComparisonScenario.VendorOption option(ScenarioNode o) {
    requireSection(o, OPTION_KEYS);
    ScenarioNode b = o.child("benefits");
    requireSection(b, BENEFITS_KEYS);
    return new VendorComparisonScenario.VendorOption(
        o.child("name").text(),
        required(o.child("seats")),
        required(o.child("price_per_user_per_month")),
        required(o.child("implementation_cost")),
        required(o.child("annual_other_costs")),
        o.child("ramp_up").list(false, EstimateReader::required),
        new VendorComparisonScenario.Benefits(
            required(b.child("win_rate_uplift")),
            required(b.child("deal_size_uplift")),
            required(b.child("cross_sell_uplift")),
            required(b.child("hours_saved_per_rep_per_week"))),
        required(o.child("benefit_risk_adjustment")),
        required(o.child("cost_risk_adjustment")));
  }

  /** A section that must be present and a mapping; its own missing keys are reported below. */
  private static void requireSection(ScenarioNode n, List<String> keys) {
    if (n.isMissing()) {
      n.problem("must be given but was missing");
    } else {
      n.requireMapping(keys);
    }
  }
}
