package dev.crmroi.core.businesscase;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Compares CRM options and recommends one. All figures are risk-adjusted NPVs from the Monte Carlo.
 *
 * <p>Rule: only options with a positive expected (mean) NPV are candidates; none means "none pays
 * back" and no recommendation. Among candidates the one with the highest expected NPV is chosen,
 * unless another candidate's P5 NPV (the 1-in-20 bad case) is better by more than the expected NPV
 * it gives up; that is, the candidate with the largest mean NPV + P5 NPV wins, weighing a unit of
 * downside protection like a unit of expected value. Ties go to the higher mean NPV, then the
 * higher P(NPV &gt; 0), then the option listed first, and the reason says so.
 */
public final class VendorComparison {

  private VendorComparison() {}

  /**
   * Assesses every option with the same settings and recommends one.
   *
   * @param scenario company and options
   * @param settings draws and seed, shared by all options
   * @return assessments and the recommendation
   * @throws ScenarioException naming every impossible input, each once
   */
  public static Comparison compare(VendorComparisonScenario scenario, SimulationSettings settings) {
    List<VendorModel> models = compile(scenario);
    List<OptionAssessment> assessed = new ArrayList<>();
    for (VendorModel m : models) {
      TeiResult base = m.result(m.inputs().medians(), scenario.discountRate());
      assessed.add(new OptionAssessment(m.name(), base, MonteCarlo.run(m, settings)));
    }
    return Recommendation.of(assessed);
  }

  /**
   * Tornado of one option's risk-adjusted NPV; company inputs are listed under {@code company.},
   * the option's under {@code options[i].}.
   *
   * @param scenario company and options
   * @param option index of the option in {@code scenario.options()}
   * @return bars ranked by swing
   * @throws ScenarioException naming every impossible input of that option or the company
   * @throws IndexOutOfBoundsException if there is no such option
   */
  public static Tornado tornado(VendorComparisonScenario scenario, int option) {
    return Tornado.of(new VendorModel(scenario, option));
  }

  private static List<VendorModel> compile(VendorComparisonScenario scenario) {
    if (scenario.options().isEmpty()) {
      throw new ScenarioException(
          List.of(
              new ScenarioException.Problem(
                  "options", "options must list at least one CRM option but was empty")));
    }
    Set<ScenarioException.Problem> problems = new LinkedHashSet<>();
    List<VendorModel> models = new ArrayList<>();
    for (int i = 0; i < scenario.options().size(); i++) {
      try {
        models.add(new VendorModel(scenario, i));
      } catch (ScenarioException e) {
        problems.addAll(e.problems());
      }
    }
    if (!problems.isEmpty()) {
      throw new ScenarioException(List.copyOf(problems));
    }
    return models;
  }
}
