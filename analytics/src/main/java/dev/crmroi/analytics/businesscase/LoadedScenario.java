package dev.crmroi.analytics.businesscase;

import dev.crmroi.core.businesscase.QuickScenario;
import dev.crmroi.core.businesscase.SimulationSettings;
import dev.crmroi.core.businesscase.TeiScenario;
import dev.crmroi.core.businesscase.VendorComparisonScenario;

/**
 * A scenario file as read by {@link ScenarioLoader}: one of three kinds, each with its input record
 * and the simulation settings of its {@code simulation:} section ({@link
 * SimulationSettings#defaults()} when absent).
 */
public sealed interface LoadedScenario
    permits LoadedScenario.Quick, LoadedScenario.Tei, LoadedScenario.Comparison {

  /**
   * The kind as named in JSON output.
   *
   * @return quick, tei or comparison
   */
  String kind();

  /**
   * Draws and seed from the file, or the defaults.
   *
   * @return the simulation settings
   */
  SimulationSettings simulation();

  /**
   * A {@code quick:} section.
   *
   * @param scenario the quick-calculator inputs
   * @param simulation draws and seed
   */
  record Quick(QuickScenario scenario, SimulationSettings simulation) implements LoadedScenario {
    @Override
    public String kind() {
      return "quick";
    }
  }

  /**
   * A {@code tei:} section.
   *
   * @param scenario the TEI model inputs
   * @param simulation draws and seed
   */
  record Tei(TeiScenario scenario, SimulationSettings simulation) implements LoadedScenario {
    @Override
    public String kind() {
      return "tei";
    }
  }

  /**
   * A vendor comparison: {@code company:} and {@code options:} at the top level.
   *
   * @param scenario the company and the options
   * @param simulation draws and seed, shared by every option
   */
  record Comparison(VendorComparisonScenario scenario, SimulationSettings simulation)
      implements LoadedScenario {
    @Override
    public String kind() {
      return "comparison";
    }
  }
}
