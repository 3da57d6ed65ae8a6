package dev.crmroi.store.importing;

import dev.crmroi.core.schema.ColumnSpec;
import dev.crmroi.core.schema.TableSpec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which source headers hold each canonical column of one file, and which headers are ignored.
 * Headers match case-insensitively; the profile's alternatives come first, then the canonical name.
 * When several are present, a row takes the first non-empty one (a Salesforce task without a due
 * date falls back to its creation date).
 *
 * @param sources canonical column name to the source headers holding it, in order of preference
 * @param ignored source headers no canonical column uses
 */
record ColumnPlan(Map<String, List<String>> sources, List<String> ignored) {

  static ColumnPlan of(TableSpec table, Profile.TableMapping mapping, List<String> header) {
    Map<String, String> byLower = new LinkedHashMap<>();
    for (String h : header) {
      byLower.putIfAbsent(clean(h), h);
    }
    Map<String, List<String>> sources = new LinkedHashMap<>();
    for (ColumnSpec c : table.columns()) {
      List<String> candidates =
          new ArrayList<>(mapping.columns().getOrDefault(c.name(), List.of()));
      candidates.add(c.name());
      List<String> present =
          candidates.stream()
              .map(s -> byLower.get(clean(s)))
              .filter(h -> h != null)
              .distinct()
              .toList();
      if (!present.isEmpty()) {
        sources.put(c.name(), present);
      }
    }
    List<String> used = sources.values().stream().flatMap(List::stream).toList();
    List<String> ignored = header.stream().filter(h -> !used.contains(h)).toList();
    return new ColumnPlan(sources, ignored);
  }

  /** The headers holding {@code column}, best first; empty when the file has none. */
  List<String> sources(String column) {
    return sources.getOrDefault(column, List.of());
  }

  /** Fails the import when a required column has neither a header nor a default. */
  void requireColumns(
      Path file, TableSpec table, Profile.TableMapping mapping, List<String> header) {
    for (ColumnSpec c : table.requiredColumns()) {
      if (!sources.containsKey(c.name())
          && !mapping.defaults().containsKey(c.name())
          && c.defaultValue().isEmpty()) {
        List<String> names = new ArrayList<>(mapping.columns().getOrDefault(c.name(), List.of()));
        names.add(c.name());
        String hint =
            header.size() == 1 && header.get(0).contains(";")
                ? "; the header looks ';'-separated: set delimiter in a profile"
                : "";
        throw new ImportFailure(
            file
                + ": missing required column "
                + String.join(" / ", names)
                + " of table "
                + table.name()
                + " (header has: "
                + String.join(", ", header)
                + ")"
                + hint);
      }
    }
  }

  private static String clean(String header) {
    return header.replace("\uFEFF", "").trim().toLowerCase(Locale.ROOT);
  }
}
