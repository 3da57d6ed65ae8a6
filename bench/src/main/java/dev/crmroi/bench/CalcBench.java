package dev.crmroi.bench;

import dev.crmroi.analytics.businesscase.LoadedScenario;
import dev.crmroi.analytics.businesscase.ScenarioLoader;
import dev.crmroi.core.businesscase.Simulation;
import dev.crmroi.core.businesscase.SimulationSettings;
import dev.crmroi.core.businesscase.TeiModel;
import dev.crmroi.core.businesscase.TeiScenario;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Business-case speed: wall-clock time of {@code TeiModel.simulate} (the Monte Carlo behind {@code
 * crm-roi calc}) on {@code examples/tei-three-year.yaml}, median of several runs after warm-up runs
 * that let the JIT compile the loop. Target: 10,000 draws in under a second. Prints a line and
 * writes JSON to bench/results/.
 */
public final class CalcBench {
  private CalcBench() {}

  public static void main(String[] args) throws Exception {
    Path file = Path.of(arg(args, "--scenario", "examples/tei-three-year.yaml"));
    int draws = Integer.parseInt(arg(args, "--draws", "10000"));
    int warmup = Integer.parseInt(arg(args, "--warmup", "5"));
    int runs = Integer.parseInt(arg(args, "--runs", "7"));
    LoadedScenario loaded = new ScenarioLoader().load(file);
    if (!(loaded instanceof LoadedScenario.Tei tei)) {
      throw new IllegalArgumentException(file + " is a " + loaded.kind() + " scenario, not tei");
    }
    TeiScenario scenario = tei.scenario();
    SimulationSettings settings = new SimulationSettings(draws, tei.simulation().seed());
    Simulation[] last = new Simulation[1];
    Timing cold = new Timing();
    cold.time(() -> last[0] = TeiModel.simulate(scenario, settings));
    for (int i = 1; i < warmup; i++) {
      last[0] = TeiModel.simulate(scenario, settings);
    }
    Timing timing = new Timing();
    for (int i = 0; i < runs; i++) {
      timing.time(() -> last[0] = TeiModel.simulate(scenario, settings));
    }
    report(file, draws, warmup, runs, cold.median(), timing, last[0]);
  }

  private static void report(
      Path file, int draws, int warmup, int runs, double cold, Timing timing, Simulation s)
      throws IOException {
    double median = timing.median();
    System.out.printf(
        Locale.ROOT,
        "Calc benchmark: TeiModel.simulate on %s, %,d draws, median of %d runs after %d warm-up"
            + " runs%n  %.1f ms (%,.0f draws/s; target < 1,000 ms); first, cold run %.1f ms;"
            + " NPV P50 %,.0f%n",
        file,
        draws,
        runs,
        warmup,
        median * 1000,
        draws / median,
        cold * 1000,
        s.npv().p50());
    String json =
        String.format(
            Locale.ROOT,
            "{\"benchmark\": \"calc\", \"scenario\": \"%s\", \"draws\": %d, \"warmup\": %d,"
                + " \"runs\": %d, \"median_s\": %.6f, \"draws_per_s\": %.0f, \"target_s\": 1.0,"
                + " \"runs_s\": %s, \"cold_s\": %.6f, \"npv_p50\": %.2f, \"cores\": %d}%n",
            file,
            draws,
            warmup,
            runs,
            median,
            draws / median,
            timing.all(),
            cold,
            s.npv().p50(),
            Runtime.getRuntime().availableProcessors());
    Path out =
        Path.of(
            "bench/results/calc-"
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"))
                + ".json");
    Files.createDirectories(out.getParent());
    Files.writeString(out, json);
    System.out.println("Written " + out);
  }

  private static String arg(String[] args, String name, String fallback) {
    for (int i = 0; i + 1 < args.length; i++) {
      if (args[i].equals(name)) {
        return args[i + 1];
      }
    }
    return fallback;
  }
}
