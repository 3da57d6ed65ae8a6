package dev.crmroi.core.businesscase;

/**
 * How a Monte Carlo simulation is run ({@code simulation:} in a scenario file).
 *
 * @param draws number of draws, ≥ 1 (default 10,000)
 * @param seed seed of the Well19937c generator; the same seed gives the same results
 */
public record SimulationSettings(int draws, long seed) {

  /** Default number of draws. */
  public static final int DEFAULT_DRAWS = 10_000;

  /** Default seed, as for bootstrap intervals in crm-roi.yaml. */
  public static final long DEFAULT_SEED = 1;

  public SimulationSettings {
    if (draws < 1) {
      throw new ScenarioException(
          java.util.List.of(
              new ScenarioException.Problem(
                  "simulation.draws", "simulation.draws must be ≥ 1 but was " + draws)));
    }
  }

  /** 10,000 draws, seed 1. */
  public static SimulationSettings defaults() {
    return new SimulationSettings(DEFAULT_DRAWS, DEFAULT_SEED);
  }
}
