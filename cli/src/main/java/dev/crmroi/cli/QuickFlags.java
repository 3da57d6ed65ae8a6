package dev.crmroi.cli;

import dev.crmroi.core.businesscase.Estimate;
import dev.crmroi.core.businesscase.QuickScenario;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;
import picocli.CommandLine.Option;

/**
 * The quick calculator's inputs as flags: a whole calculation without a file, or overrides of a
 * quick scenario file's values. Each flag takes a number, MIN..MAX or MIN..MODE..MAX.
 */
final class QuickFlags {
  /** Scenario key (under {@code quick.}) to flag, for messages about a flag's value. */
  static final Map<String, String> FLAGS = new LinkedHashMap<>();

  static {
    FLAGS.put("reps", "--reps");
    FLAGS.put("monthly_cost_per_rep", "--rep-cost");
    FLAGS.put("average_deal_revenue", "--deal-revenue");
    FLAGS.put("deals_per_rep_per_month", "--deals-per-rep");
    FLAGS.put("gross_margin", "--margin");
    FLAGS.put("win_rate_uplift", "--win-rate-uplift");
    FLAGS.put("deal_size_uplift", "--deal-size-uplift");
    FLAGS.put("cross_sell_uplift", "--cross-sell-uplift");
    FLAGS.put("hours_saved_per_rep_per_week", "--hours-saved");
    FLAGS.put("crm_price_per_user_per_month", "--price");
    FLAGS.put("one_off_costs", "--one-off");
    FLAGS.put("other_monthly_costs", "--other-monthly");
    FLAGS.put("working_hours_per_week", "--working-hours");
    FLAGS.put("horizon_months", "--horizon-months");
    FLAGS.put("discount_rate", "--discount-rate");
  }

  @Option(
      names = "--reps",
      paramLabel = "N",
      defaultValue = "10",
      converter = EstimateConverter.class,
      description = "Sales reps, also the CRM seats (default: ${DEFAULT-VALUE}).")
  Estimate reps;

  @Option(
      names = "--rep-cost",
      paramLabel = "AMOUNT",
      defaultValue = "7000",
      converter = EstimateConverter.class,
      description = "Fully loaded monthly cost of a rep (default: ${DEFAULT-VALUE}).")
  Estimate repCost;

  @Option(
      names = "--deal-revenue",
      paramLabel = "AMOUNT",
      defaultValue = "5000",
      converter = EstimateConverter.class,
      description = "Revenue of an average won deal (default: ${DEFAULT-VALUE}).")
  Estimate dealRevenue;

  @Option(
      names = "--deals-per-rep",
      paramLabel = "N",
      defaultValue = "2",
      converter = EstimateConverter.class,
      description = "Deals won per rep per month today (default: ${DEFAULT-VALUE}).")
  Estimate dealsPerRep;

  @Option(
      names = "--margin",
      paramLabel = "FRACTION",
      defaultValue = "0.4",
      converter = EstimateConverter.class,
      description = "Gross margin of the deals, 0..1 (default: ${DEFAULT-VALUE}).")
  Estimate margin;

  @Option(
      names = "--win-rate-uplift",
      paramLabel = "FRACTION",
      defaultValue = "0.05",
      converter = EstimateConverter.class,
      description =
          "Relative increase in deals won, 0.05 = 5%% (default: ${DEFAULT-VALUE}; see --presets).")
  Estimate winRateUplift;

  @Option(
      names = "--deal-size-uplift",
      paramLabel = "FRACTION",
      defaultValue = "0.02",
      converter = EstimateConverter.class,
      description = "Relative increase in revenue per deal (default: ${DEFAULT-VALUE}).")
  Estimate dealSizeUplift;

  @Option(
      names = "--cross-sell-uplift",
      paramLabel = "FRACTION",
      defaultValue = "0.01",
      converter = EstimateConverter.class,
      description = "Extra cross- and up-sell revenue, fraction (default: ${DEFAULT-VALUE}).")
  Estimate crossSellUplift;

  @Option(
      names = "--hours-saved",
      paramLabel = "HOURS",
      defaultValue = "2",
      converter = EstimateConverter.class,
      description = "Admin hours saved per rep per week (default: ${DEFAULT-VALUE}).")
  Estimate hoursSaved;

  @Option(
      names = "--price",
      paramLabel = "AMOUNT",
      defaultValue = "50",
      converter = EstimateConverter.class,
      description = "CRM subscription per user per month (default: ${DEFAULT-VALUE}).")
  Estimate price;

  @Option(
      names = "--one-off",
      paramLabel = "AMOUNT",
      defaultValue = "20000",
      converter = EstimateConverter.class,
      description = "Implementation, migration, training (default: ${DEFAULT-VALUE}).")
  Estimate oneOff;

  @Option(
      names = "--other-monthly",
      paramLabel = "AMOUNT",
      defaultValue = "0",
      converter = EstimateConverter.class,
      description = "Administration, integrations, add-ons per month (default: ${DEFAULT-VALUE}).")
  Estimate otherMonthly;

  @Option(
      names = "--working-hours",
      paramLabel = "HOURS",
      defaultValue = "40",
      description = "Paid hours per rep per week (default: ${DEFAULT-VALUE}).")
  double workingHours;

  @Option(
      names = "--horizon-months",
      paramLabel = "MONTHS",
      defaultValue = "36",
      description = "Months counted in NPV and payback (default: ${DEFAULT-VALUE}).")
  int horizonMonths;

  @Option(
      names = "--discount-rate",
      paramLabel = "RATE",
      defaultValue = "0.10",
      description = "Annual discount rate (default: ${DEFAULT-VALUE}).")
  double discountRate;

  /** The calculation from the flags alone, defaults for the flags not given. */
  QuickScenario scenario() {
    return new QuickScenario(
        reps,
        repCost,
        dealRevenue,
        dealsPerRep,
        margin,
        winRateUplift,
        dealSizeUplift,
        crossSellUplift,
        hoursSaved,
        price,
        oneOff,
        otherMonthly,
        workingHours,
        horizonMonths,
        discountRate);
  }

  /**
   * A scenario file's quick inputs with the flags given on the command line put in.
   *
   * @param file the file's inputs
   * @param given whether a flag (by name) was on the command line
   */
  QuickScenario over(QuickScenario file, Predicate<String> given) {
    return new QuickScenario(
        given.test("--reps") ? reps : file.reps(),
        given.test("--rep-cost") ? repCost : file.monthlyCostPerRep(),
        given.test("--deal-revenue") ? dealRevenue : file.averageDealRevenue(),
        given.test("--deals-per-rep") ? dealsPerRep : file.dealsPerRepPerMonth(),
        given.test("--margin") ? margin : file.grossMargin(),
        given.test("--win-rate-uplift") ? winRateUplift : file.winRateUplift(),
        given.test("--deal-size-uplift") ? dealSizeUplift : file.dealSizeUplift(),
        given.test("--cross-sell-uplift") ? crossSellUplift : file.crossSellUplift(),
        given.test("--hours-saved") ? hoursSaved : file.hoursSavedPerRepPerWeek(),
        given.test("--price") ? price : file.crmPricePerUserPerMonth(),
        given.test("--one-off") ? oneOff : file.oneOffCosts(),
        given.test("--other-monthly") ? otherMonthly : file.otherMonthlyCosts(),
        given.test("--working-hours") ? workingHours : file.workingHoursPerWeek(),
        given.test("--horizon-months") ? horizonMonths : file.horizonMonths(),
        given.test("--discount-rate") ? discountRate : file.discountRate());
  }
}
