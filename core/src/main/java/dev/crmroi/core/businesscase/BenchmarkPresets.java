package dev.crmroi.core.businesscase;

import java.util.List;

/**
 * Benchmark presets with their sources and caveats. Only figures that could be read with their
 * source are here. No preset is given for the deal-size uplift or the cross- and up-sell uplift: no
 * published figure with a traceable source was found for them, so they are left to the user rather
 * than invented.
 */
public final class BenchmarkPresets {

  private BenchmarkPresets() {}

  private static final BenchmarkPreset.Source CSO_2005 =
      new BenchmarkPreset.Source(
          "Sales Effectiveness Insights: 2005 State of the Marketplace Review",
          "CSO Insights",
          2005,
          "of companies that implemented CRM in the past year, 29% reported a significant impact on"
              + " sales performance, 38% minimal improvement and 19% no measurable improvement",
          "https://customerthink.com/sales_performance_up_but_at_a_price/");

  /** Win-rate uplift: from no effect to the vendor's customer-reported figure. */
  public static final BenchmarkPreset WIN_RATE_UPLIFT =
      new BenchmarkPreset(
          "win_rate_uplift",
          0,
          0.26,
          Estimate.uniform(0, 0.26),
          List.of(
              new BenchmarkPreset.Source(
                  "Salesforce.com Sales Cloud customer-reported benefits",
                  "salesforce.com (vendor claim)",
                  2014,
                  "improve win rates by 26% (also: sales productivity +36%, pipeline +25%)",
                  "https://vibanterence-thinking-in-the-cloud.blogspot.com/2014/07/ (second-hand)"),
              CSO_2005),
          "The 26% is a vendor marketing figure from its own customers, read second-hand: an"
              + " optimistic ceiling, not a typical result. The floor of 0 reflects that about one"
              + " company in five saw no measurable improvement (CSO Insights 2005).");

  /** Hours saved: from none to all sales-administration time. */
  public static final BenchmarkPreset HOURS_SAVED =
      new BenchmarkPreset(
          "hours_saved_per_rep_per_week",
          0,
          6.4,
          Estimate.uniform(0, 6.4),
          List.of(
              new BenchmarkPreset.Source(
                  "Survey of 500 sales and marketing executives",
                  "Yankee Group",
                  2004,
                  "sales administration takes 16% of a typical sales rep's day",
                  "https://www.sellingpower.com/2010/01/13/1236/how-to-manipulate-father-time")),
          "6.4 hours is 16% of a 40-hour week: the ceiling if the CRM removed all sales"
              + " administration, which none does; CRM data entry can itself add admin time."
              + " Scale it to your working hours.");

  /** Published average return per dollar spent on CRM: a reference, not an input. */
  public static final BenchmarkPreset RETURN_PER_DOLLAR =
      new BenchmarkPreset(
          "reference.return_per_dollar",
          5.60,
          8.71,
          Estimate.uniform(5.60, 8.71),
          List.of(
              new BenchmarkPreset.Source(
                  "CRM ROI studies (as reported by Oracle, 'ROI of CRM')",
                  "Nucleus Research",
                  2014,
                  "average return of $5.60 per dollar spent on CRM (2011), $8.71 (2014)",
                  "https://www.oracle.com/uk/cx/what-is-crm/roi-of-crm/")),
          "An average over successful projects chosen for case studies, not a forecast; the"
              + " method is not published and the figure is disputed (Brightwork Research, 'How"
              + " likely is it that the often quoted Nucleus Research CRM ROI estimates are"
              + " correct?'). Compare your result with it, do not plug it in.");

  /**
   * Every preset.
   *
   * @return the presets, inputs first, references last
   */
  public static List<BenchmarkPreset> all() {
    return List.of(WIN_RATE_UPLIFT, HOURS_SAVED, RETURN_PER_DOLLAR);
  }
}
