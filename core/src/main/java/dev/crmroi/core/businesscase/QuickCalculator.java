package dev.crmroi.core.businesscase;

import dev.crmroi.core.finance.Payback;
import dev.crmroi.core.finance.PresentValue;
import dev.crmroi.core.finance.ReturnOnInvestment;

/**
 * The quick calculator, in the style of vendor ROI calculators (e.g. Vtiger's), with every formula
 * stated. Per month, with R = reps × deals per rep × average deal revenue the revenue today, w, s,
 * c the win-rate, deal-size and cross-sell uplifts and m the gross margin:
 *
 * <ul>
 *   <li>more deals = R · w · m
 *   <li>bigger deals = R · (1 + w) · s · m
 *   <li>cross- and up-sell = R · (1 + w) · (1 + s) · c · m
 *   <li>time saved = reps × monthly cost per rep × hours saved per week / working hours per week
 *       (the freed share of paid time at the loaded cost)
 *   <li>gain G = the sum of the four, so the revenue sources add up to R · ((1 + w)(1 + s)(1 + c) −
 *       1) · m: each uplift is credited on top of the ones before it
 *   <li>cost C = reps × CRM price per user + other monthly costs; one-off costs O at month 0
 *   <li>annual ROI = (12G − (12C + O)) / (12C + O), the first year, by {@link
 *       ReturnOnInvestment#roi}
 *   <li>payback = {@link Payback#periods} of −O, G − C, G − C, … over the horizon, in months
 *   <li>NPV = {@link PresentValue#npv} of the same flows at the monthly rate (1 + r)^(1/12) − 1
 * </ul>
 *
 * <p>Caveat shown with results: time saved is a productivity assumption, not cash, and counts twice
 * if the freed time is what wins the extra deals.
 */
public final class QuickCalculator {

  private QuickCalculator() {}

  /**
   * The base case: every input at its median.
   *
   * @param scenario the inputs
   * @return gains by source, costs, ROI, payback and NPV
   * @throws ScenarioException naming every impossible input
   */
  public static QuickResult calculate(QuickScenario scenario) {
    QuickModel model = new QuickModel(scenario, "quick");
    return model.result(model.inputs().medians());
  }

  /**
   * Monte Carlo of first-year ROI and horizon NPV.
   *
   * @param scenario the inputs, any of them distributions
   * @param settings draws and seed
   * @return percentiles, mean and probability of a positive outcome
   */
  public static Simulation simulate(QuickScenario scenario, SimulationSettings settings) {
    return MonteCarlo.run(new QuickModel(scenario, "quick"), settings);
  }

  /**
   * Tornado of NPV over the uncertain inputs.
   *
   * @param scenario the inputs
   * @return bars ranked by swing
   */
  public static Tornado tornado(QuickScenario scenario) {
    return Tornado.of(new QuickModel(scenario, "quick"));
  }
}
