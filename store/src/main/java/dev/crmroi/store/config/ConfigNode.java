package dev.crmroi.store.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A node of the parsed YAML with its dotted key, so every error can name the key at fault. */
record ConfigNode(String key, JsonNode node) {

  boolean isMissing() {
    return node == null || node.isMissingNode() || node.isNull();
  }

  ConfigNode get(String child) {
    String path = key.isEmpty() ? child : key + "." + child;
    return new ConfigNode(path, node == null ? null : node.get(child));
  }

  void requireOnly(Set<String> known) {
    if (isMissing()) {
      return;
    }
    if (!node.isObject()) {
      throw ConfigException.invalid(key, node, "expected a mapping of " + known);
    }
    Iterator<String> names = node.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!known.contains(name)) {
        String where = key.isEmpty() ? "" : " under '" + key + "'";
        throw new ConfigException(
            "unknown configuration key '" + name + "'" + where + "; known keys: " + known);
      }
    }
  }

  String text(String fallback) {
    if (isMissing()) {
      return fallback;
    }
    if (!node.isValueNode()) {
      throw ConfigException.invalid(key, node, "expected a single value");
    }
    return node.asText().trim();
  }

  double number(double fallback, double min, double max) {
    if (isMissing()) {
      return fallback;
    }
    double value;
    if (node.isNumber()) {
      value = node.asDouble();
    } else {
      try {
        value = Double.parseDouble(node.asText().trim());
      } catch (NumberFormatException e) {
        throw ConfigException.invalid(key, node.asText(), "expected a number");
      }
    }
    if (!(value >= min && value <= max)) {
      throw ConfigException.invalid(key, node.asText(), rangeText(min, max));
    }
    return value;
  }

  int integer(int fallback, int min, int max) {
    double value = number(fallback, min, max);
    if (value != Math.rint(value)) {
      throw ConfigException.invalid(key, node.asText(), "expected a whole number");
    }
    return (int) value;
  }

  LocalDate date() {
    String text = text(null);
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException | NullPointerException e) {
      throw ConfigException.invalid(key, text, "expected a date like 2024-01-31");
    }
  }

  Optional<LocalDate> optionalDate() {
    return isMissing() ? Optional.empty() : Optional.of(date());
  }

  List<ConfigNode> elements() {
    List<ConfigNode> out = new ArrayList<>();
    if (isMissing()) {
      return out;
    }
    if (!node.isArray()) {
      throw ConfigException.invalid(key, node, "expected a list");
    }
    for (int i = 0; i < node.size(); i++) {
      out.add(new ConfigNode(key + "[" + i + "]", node.get(i)));
    }
    return out;
  }

  private static String rangeText(double min, double max) {
    if (max == Double.MAX_VALUE) {
      return "must be at least " + plain(min);
    }
    return "must be between " + plain(min) + " and " + plain(max);
  }

  private static String plain(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
  }
}
