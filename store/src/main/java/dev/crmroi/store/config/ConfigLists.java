package dev.crmroi.store.config;

import dev.crmroi.core.config.CrmRoiConfig.Event;
import dev.crmroi.core.config.CrmRoiConfig.Goal;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads the list-valued keys of the configuration: {@code events} and {@code goals}. */
final class ConfigLists {
  private ConfigLists() {}

  static List<Event> events(ConfigNode list) {
    return list.elements().stream().map(ConfigLists::event).toList();
  }

  static List<Goal> goals(ConfigNode list) {
    return list.elements().stream().map(ConfigLists::goal).toList();
  }

  private static Event event(ConfigNode n) {
    n.requireOnly(Set.of("date", "unit", "label", "product_line"));
    String label = n.get("label").text("");
    if (label.isEmpty()) {
      throw ConfigException.invalid(n.key() + ".label", "", "every event needs a label");
    }
    return new Event(
        n.get("date").date(),
        optionalText(n.get("unit")),
        label,
        optionalText(n.get("product_line")));
  }

  private static Goal goal(ConfigNode n) {
    n.requireOnly(Set.of("metric", "target", "baseline", "deadline", "slice", "owner"));
    String metric = n.get("metric").text("");
    if (metric.isEmpty()) {
      throw ConfigException.invalid(n.key() + ".metric", "", "every goal needs a metric id");
    }
    ConfigNode target = n.get("target");
    if (target.isMissing()) {
      throw ConfigException.invalid(target.key(), "", "every goal needs a target");
    }
    ConfigNode baseline = n.get("baseline");
    return new Goal(
        metric,
        target.number(0, -Double.MAX_VALUE, Double.MAX_VALUE),
        baseline.isMissing()
            ? Optional.empty()
            : Optional.of(baseline.number(0, -Double.MAX_VALUE, Double.MAX_VALUE)),
        n.get("deadline").date(),
        optionalText(n.get("slice")),
        optionalText(n.get("owner")));
  }

  private static Optional<String> optionalText(ConfigNode n) {
    String value = n.text("");
    return value.isEmpty() ? Optional.empty() : Optional.of(value);
  }
}
