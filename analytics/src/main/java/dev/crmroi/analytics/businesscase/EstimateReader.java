package dev.crmroi.analytics.businesscase;

import dev.crmroi.core.businesscase.Estimate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads an {@link Estimate}: a plain number, or a map whose {@code dist:} names the distribution
 * and whose other keys are that distribution's record components in snake case.
 */
final class EstimateReader {

  /** The distributions a scenario may name, with their fields in the order they are written. */
  static final Map<String, List<String>> DISTRIBUTIONS =
      Map.of(
          "triangular", List.of("min", "mode", "max"),
          "normal", List.of("mean", "sd"),
          "uniform", List.of("min", "max"),
          "lognormal", List.of("median", "sigma"),
          "fixed", List.of("value"));

  /** The names listed in messages, in a fixed order. */
  static final List<String> NAMES =
      List.of("triangular", "normal", "uniform", "lognormal", "fixed");

  private static final Estimate INVALID = Estimate.fixed(Double.NaN);

  private EstimateReader() {}

  /** A required estimate; a problem (and a placeholder) when missing or malformed. */
  static Estimate required(ScenarioNode n) {
    if (n.isMissing()) {
      n.problem("must be given but was missing");
      return INVALID;
    }
    return read(n);
  }

  /** An estimate with a default used when the key is absent. */
  static Estimate optional(ScenarioNode n, double fallback) {
    return n.isMissing() ? Estimate.fixed(fallback) : read(n);
  }

  private static Estimate read(ScenarioNode n) {
    if (n.node().isNumber()) {
      return Estimate.fixed(n.node().asDouble());
    }
    if (!n.node().isObject()) {
      n.problem(
          "must be a number or a distribution such as {dist: triangular, min: …, mode: …, max: …}"
              + " but was "
              + n.shown());
      return INVALID;
    }
    ScenarioNode dist = n.child("dist");
    String kind = dist.scalarText().orElse("");
    List<String> fields = DISTRIBUTIONS.get(kind);
    if (fields == null) {
      dist.problem(
          (dist.isMissing() ? "must be given" : "must be one of " + String.join(", ", NAMES))
              + " but was "
              + dist.shown());
      return INVALID;
    }
    List<String> known = new ArrayList<>(List.of("dist"));
    known.addAll(fields);
    n.requireMapping(known);
    double[] v = fields.stream().mapToDouble(f -> n.child(f).requiredNumber()).toArray();
    return switch (kind) {
      case "triangular" -> Estimate.triangular(v[0], v[1], v[2]);
      case "normal" -> Estimate.normal(v[0], v[1]);
      case "uniform" -> Estimate.uniform(v[0], v[1]);
      case "lognormal" -> Estimate.lognormal(v[0], v[1]);
      default -> Estimate.fixed(v[0]);
    };
  }
}
