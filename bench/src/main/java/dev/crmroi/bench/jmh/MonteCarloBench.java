package dev.crmroi.bench.jmh;

import dev.crmroi.analytics.businesscase.LoadedScenario;
import dev.crmroi.analytics.businesscase.ScenarioLoader;
import dev.crmroi.core.businesscase.Simulation;
import dev.crmroi.core.businesscase.SimulationSettings;
import dev.crmroi.core.businesscase.TeiModel;
import dev.crmroi.core.businesscase.TeiScenario;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The business-case Monte Carlo behind {@code crm-roi calc}: {@code TeiModel.simulate} with 10,000
 * draws of the scenario {@code CalcBench} times (seed and all), read once at set-up. The scenario
 * path is relative to the project root, where {@code bench/run} starts.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class MonteCarloBench {

  /** A scenario file with a {@code tei:} section. */
  @Param({"examples/tei-three-year.yaml"})
  public String scenario;

  /** Monte Carlo draws. */
  @Param({"10000"})
  public int draws;

  private TeiScenario tei;
  private SimulationSettings settings;

  @Setup
  public void setUp() {
    LoadedScenario loaded = new ScenarioLoader().load(Path.of(scenario));
    if (!(loaded instanceof LoadedScenario.Tei t)) {
      throw new IllegalArgumentException(
          scenario + " is a " + loaded.kind() + " scenario, not tei");
    }
    tei = t.scenario();
    settings = new SimulationSettings(draws, t.simulation().seed());
  }

  /** One simulation of {@code draws} draws, percentiles of ROI and NPV included. */
  @Benchmark
  public Simulation teiSimulate() {
    return TeiModel.simulate(tei, settings);
  }
}
