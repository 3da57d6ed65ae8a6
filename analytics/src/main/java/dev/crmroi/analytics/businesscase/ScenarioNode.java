package dev.crmroi.analytics.businesscase;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crmroi.core.businesscase.ScenarioException.Problem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A node of a parsed scenario file with its field path ({@code tei.benefits[1].years[2]}). Reading
 * never stops at the first problem: each one is recorded with the path and the value found, and a
 * harmless placeholder is returned, so one run of the loader reports every problem in the file.
 */
record ScenarioNode(String path, JsonNode node, List<Problem> problems) {

  /** The root of a document, collecting problems into {@code problems}. */
  static ScenarioNode root(JsonNode node, List<Problem> problems) {
    return new ScenarioNode("", node, problems);
  }

  boolean isMissing() {
    return node == null || node.isMissingNode() || node.isNull();
  }

  boolean has(String key) {
    return !child(key).isMissing();
  }

  /**
   * The value under {@code key}. Below a node that is missing or not a mapping, whose own problem
   * is reported once, the children's problems are dropped rather than listed one by one.
   */
  ScenarioNode child(String key) {
    boolean mapping = node != null && node.isObject();
    return new ScenarioNode(
        path.isEmpty() ? key : path + "." + key,
        mapping ? node.get(key) : null,
        mapping ? problems : new ArrayList<>());
  }

  /** Records a problem at this node: {@code rest} completes the sentence after the path. */
  void problem(String rest) {
    problems.add(new Problem(path, (path.isEmpty() ? "the scenario" : path) + " " + rest));
  }

  /** Checks that this is a mapping and reports every key it does not know, with a suggestion. */
  boolean requireMapping(List<String> known) {
    if (isMissing() || !node.isObject()) {
      if (!isMissing()) {
        problem("must be a mapping of " + String.join(", ", known) + " but was " + shown());
      }
      return false;
    }
    Iterator<String> names = node.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!known.contains(name)) {
        String hint =
            Spelling.closest(name, known).map(k -> " (did you mean " + k + "?)").orElse("");
        child(name).problem("is not a known key" + hint + "; known keys here: " + known);
      }
    }
    return true;
  }

  /** A number, or {@code fallback} when the key is absent. */
  double number(double fallback) {
    if (isMissing()) {
      return fallback;
    }
    if (!node.isNumber()) {
      problem("must be a number but was " + shown());
      return fallback;
    }
    return node.asDouble();
  }

  /** A required number (inside a distribution). */
  double requiredNumber() {
    if (isMissing()) {
      problem("must be given but was missing");
      return Double.NaN;
    }
    return number(Double.NaN);
  }

  /** A whole number, or {@code fallback} when the key is absent. */
  long wholeNumber(long fallback, long min, long max) {
    if (isMissing()) {
      return fallback;
    }
    if (node.isIntegralNumber() && node.canConvertToLong()) {
      long value = node.asLong();
      if (value >= min && value <= max) {
        return value;
      }
    } else if (node.isNumber()) {
      double value = node.asDouble();
      if (value == Math.rint(value) && value >= min && value <= max) {
        return (long) value;
      }
    }
    boolean bounded = min != Long.MIN_VALUE || max != Long.MAX_VALUE;
    String within = bounded ? " within [" + min + ", " + max + "]" : "";
    problem("must be a whole number" + within + " but was " + shown());
    return fallback;
  }

  /** Required text, such as a name. */
  String text() {
    if (isMissing()) {
      problem("must be given but was missing");
      return "";
    }
    if (!node.isTextual() && !node.isNumber()) {
      problem("must be text but was " + shown());
      return "";
    }
    return node.asText();
  }

  /** The elements of a list, each read by {@code reader}; empty when absent and optional. */
  <T> List<T> list(boolean required, Function<ScenarioNode, T> reader) {
    List<T> out = new ArrayList<>();
    if (isMissing()) {
      if (required) {
        problem("must be given but was missing");
      }
      return out;
    }
    if (!node.isArray()) {
      problem("must be a list but was " + shown());
      return out;
    }
    for (int i = 0; i < node.size(); i++) {
      out.add(reader.apply(new ScenarioNode(path + "[" + i + "]", node.get(i), problems)));
    }
    return out;
  }

  /** The value as written in the file, for messages: numbers plain, text quoted. */
  String shown() {
    if (isMissing()) {
      return "missing";
    }
    if (node.isNumber()) {
      return plain(node.asDouble());
    }
    if (node.isTextual()) {
      return "\"" + node.asText() + "\"";
    }
    return node.toString();
  }

  static String plain(double value) {
    if (!Double.isFinite(value)) {
      return Double.toString(value);
    }
    return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
  }

  /** Optional text of a scalar, for discriminators such as {@code dist}. */
  Optional<String> scalarText() {
    return isMissing() || !node.isValueNode() ? Optional.empty() : Optional.of(node.asText());
  }
}
