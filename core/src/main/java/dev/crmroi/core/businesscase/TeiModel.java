package dev.crmroi.core.businesscase;

/**
 * Forrester-style Total Economic Impact model (Forrester, "Total Economic Impact methodology":
 * benefits, costs, risk and flexibility over a three-year horizon, present values at 10%).
 *
 * <p>Per stream s and year t: unadjusted benefit = amount × ramp-up, risk-adjusted = that × (1 −
 * risk); per category: risk-adjusted cost = cost × (1 + risk). Formulas of the figures in {@link
 * TeiFigures}. Flexibility is listed, never added. The Monte Carlo reports both the risk-adjusted
 * and the unadjusted outcome: applying a risk haircut on top of distributions counts some
 * uncertainty twice, so read the unadjusted distribution when the inputs are honest ranges.
 */
public final class TeiModel {

  private TeiModel() {}

  /**
   * The base case, every input at its median.
   *
   * @param scenario the model inputs
   * @return unadjusted and risk-adjusted figures
   * @throws ScenarioException naming every impossible input
   */
  public static TeiResult calculate(TeiScenario scenario) {
    TeiCompiled model = new TeiCompiled(scenario, "tei");
    return model.result(model.inputs().medians());
  }

  /**
   * Monte Carlo of ROI and NPV, risk-adjusted and unadjusted.
   *
   * @param scenario the model inputs
   * @param settings draws and seed
   * @return the simulated distributions
   */
  public static Simulation simulate(TeiScenario scenario, SimulationSettings settings) {
    return MonteCarlo.run(new TeiCompiled(scenario, "tei"), settings);
  }

  /**
   * Tornado of risk-adjusted NPV.
   *
   * @param scenario the model inputs
   * @return bars ranked by swing
   */
  public static Tornado tornado(TeiScenario scenario) {
    return Tornado.of(new TeiCompiled(scenario, "tei"));
  }
}
