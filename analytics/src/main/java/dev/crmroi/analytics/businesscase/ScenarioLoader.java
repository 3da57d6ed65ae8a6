package dev.crmroi.analytics.businesscase;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.crmroi.core.businesscase.ScenarioException;
import dev.crmroi.core.businesscase.ScenarioException.Problem;
import dev.crmroi.core.businesscase.SimulationSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a business-case scenario file (YAML; shapes in docs/calc.md and the files in {@code
 * examples/}) into a {@link LoadedScenario}: a {@code quick:} section, a {@code tei:} section, or a
 * vendor comparison ({@code company:} and {@code options:} at the top level), each with an optional
 * {@code simulation: {draws, seed}}.
 *
 * <p>Keys are the snake-case names of the input records' components. A number may be a distribution
 * ({@code {dist: triangular, min, mode, max}}, {@code normal {mean, sd}}, {@code uniform {min,
 * max}}, {@code lognormal {median, sigma}}). Missing keys take the defaults the records document
 * ({@code DEFAULT_*} constants, {@link SimulationSettings#defaults()}, empty ramp-up and
 * flexibility lists); every other input is required.
 *
 * <p>The loader checks the file's structure: unknown keys (with the likely intended one), missing
 * inputs, wrong types, unknown distributions. It reports every such problem at once, each naming
 * its field path and the value found, as a {@link ScenarioException}. Whether the values make sense
 * (min ≤ max, a margin within [0, 1]) is checked by the models themselves, with the same paths.
 */
public final class ScenarioLoader {

  private static final List<String> SIMULATION_KEYS = List.of("draws", "seed");

  private final ObjectMapper yaml =
      new ObjectMapper(
          YAMLFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build());

  /**
   * Loads a scenario file.
   *
   * @param file the YAML file
   * @return the scenario with its simulation settings
   * @throws ScenarioException when the file cannot be read or has problems, each named
   */
  public LoadedScenario load(Path file) {
    if (!Files.isRegularFile(file)) {
      throw single("scenario file " + file + " does not exist");
    }
    try {
      return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    } catch (IOException e) {
      throw single("cannot read scenario file " + file + ": " + e.getMessage());
    }
  }

  /**
   * Parses scenario text.
   *
   * @param text the YAML
   * @param origin names the text in messages (a file name)
   * @return the scenario with its simulation settings
   * @throws ScenarioException when the text has problems, each named
   */
  public LoadedScenario parse(String text, String origin) {
    JsonNode root;
    try {
      root = yaml.readTree(text);
    } catch (JacksonException e) {
      throw single(origin + " is not valid YAML: " + e.getOriginalMessage());
    }
    List<Problem> problems = new ArrayList<>();
    LoadedScenario scenario = read(ScenarioNode.root(root, problems));
    if (!problems.isEmpty()) {
      throw new ScenarioException(problems);
    }
    return scenario;
  }

  private static LoadedScenario read(ScenarioNode root) {
    boolean quick = root.has("quick");
    boolean tei = root.has("tei");
    boolean comparison = root.has("company") || root.has("options");
    int kinds = (quick ? 1 : 0) + (tei ? 1 : 0) + (comparison ? 1 : 0);
    if (kinds != 1 || !root.node().isObject()) {
      root.problem(
          "must have exactly one of a quick: section, a tei: section, or company: and options:"
              + " for a comparison, but "
              + (kinds == 0 ? "had none" : "had " + kinds));
      return new LoadedScenario.Quick(SectionReaders.placeholderQuick(), defaults());
    }
    if (quick) {
      root.requireMapping(List.of("quick", "simulation"));
      return new LoadedScenario.Quick(
          SectionReaders.quick(root.child("quick")), simulation(root.child("simulation")));
    }
    if (tei) {
      root.requireMapping(List.of("tei", "simulation"));
      return new LoadedScenario.Tei(
          SectionReaders.tei(root.child("tei")), simulation(root.child("simulation")));
    }
    root.requireMapping(SectionReaders.COMPARISON_KEYS);
    return new LoadedScenario.Comparison(
        SectionReaders.comparison(root), simulation(root.child("simulation")));
  }

  private static SimulationSettings simulation(ScenarioNode n) {
    if (n.isMissing()) {
      return defaults();
    }
    n.requireMapping(SIMULATION_KEYS);
    long draws =
        n.child("draws").wholeNumber(SimulationSettings.DEFAULT_DRAWS, 1, Integer.MAX_VALUE);
    long seed =
        n.child("seed")
            .wholeNumber(SimulationSettings.DEFAULT_SEED, Long.MIN_VALUE, Long.MAX_VALUE);
    return new SimulationSettings((int) draws, seed);
  }

  private static SimulationSettings defaults() {
    return SimulationSettings.defaults();
  }

  private static ScenarioException single(String message) {
    return new ScenarioException(List.of(new Problem("", message)));
  }
}
