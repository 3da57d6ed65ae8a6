package dev.crmroi.store.importing;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.crmroi.core.schema.CanonicalSchema;
import dev.crmroi.core.schema.ColumnSpec;
import dev.crmroi.core.schema.ColumnType;
import dev.crmroi.core.schema.TableSpec;
import dev.crmroi.store.importing.Profile.NullUnless;
import dev.crmroi.store.importing.Profile.TableMapping;
import dev.crmroi.store.importing.Profile.ValueMap;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Loads mapping profiles: the built-in ones ({@code canonical}, {@code salesforce}, {@code
 * hubspot}) from resources, or a user's YAML file of the same shape. Every table, column and value
 * it names is checked against the canonical schema, so a typo fails here with its name.
 */
public final class ProfileLoader {
  /** Names of the profiles that ship with crm-roi. */
  public static final List<String> BUILT_IN = List.of("canonical", "salesforce", "hubspot");

  private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory());

  /** A built-in profile by name, or a profile file by path. */
  public Profile load(String nameOrPath) {
    if (BUILT_IN.contains(nameOrPath)) {
      try (InputStream in = getClass().getResourceAsStream("profiles/" + nameOrPath + ".yaml")) {
        return parse(yaml.readTree(in), nameOrPath);
      } catch (IOException e) {
        throw new ImportFailure("cannot read built-in profile " + nameOrPath, e);
      }
    }
    Path file = Path.of(nameOrPath);
    if (!Files.isRegularFile(file)) {
      throw new ImportFailure(
          "profile '" + nameOrPath + "' is neither a built-in profile " + BUILT_IN + " nor a file");
    }
    try {
      return parse(yaml.readTree(file.toFile()), file.toString());
    } catch (JacksonException e) {
      throw new ImportFailure("profile " + file + " is not valid YAML: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new ImportFailure("cannot read profile " + file + ": " + e.getMessage(), e);
    }
  }

  private Profile parse(JsonNode root, String origin) {
    if (root == null || !root.isObject() || !root.path("tables").isObject()) {
      throw new ImportFailure("profile " + origin + " needs a 'tables:' mapping");
    }
    Map<String, TableMapping> tables = new LinkedHashMap<>();
    root.path("tables")
        .fields()
        .forEachRemaining(e -> tables.put(e.getKey(), table(origin, e.getKey(), e.getValue())));
    String currency = root.path("default_currency").asText("");
    return new Profile(
        root.path("name").asText(origin),
        root.path("description").asText(""),
        root.path("delimiter").asText(","),
        root.path("encoding").asText("utf-8"),
        currency.isEmpty() ? Optional.empty() : Optional.of(currency.toUpperCase()),
        strings(root.path("date_formats")),
        idLength(origin, root.path("id_length")),
        tables);
  }

  private static Optional<Integer> idLength(String origin, JsonNode node) {
    if (node.isMissingNode() || node.isNull()) {
      return Optional.empty();
    }
    if (!node.canConvertToInt() || !node.isIntegralNumber() || node.intValue() < 1) {
      throw new ImportFailure(
          "profile " + origin + ": id_length must be a whole number >= 1 but was " + node);
    }
    return Optional.of(node.intValue());
  }

  private TableMapping table(String origin, String name, JsonNode node) {
    TableSpec spec =
        CanonicalSchema.table(name)
            .orElseThrow(
                () -> new ImportFailure("profile " + origin + ": unknown table '" + name + "'"));
    List<String> files = strings(node.path("files"));
    Map<String, List<String>> columns = new LinkedHashMap<>();
    node.path("columns")
        .fields()
        .forEachRemaining(
            e -> columns.put(column(origin, spec, e.getKey()).name(), strings(e.getValue())));
    Map<String, ValueMap> values = new LinkedHashMap<>();
    node.path("values")
        .fields()
        .forEachRemaining(e -> values.put(e.getKey(), values(origin, spec, e.getKey(), e)));
    Map<String, String> defaults = new LinkedHashMap<>();
    node.path("defaults")
        .fields()
        .forEachRemaining(e -> defaults.put(column(origin, spec, e.getKey()).name(), text(e)));
    Map<String, NullUnless> nullUnless = new LinkedHashMap<>();
    node.path("null_unless")
        .fields()
        .forEachRemaining(e -> nullUnless.put(e.getKey(), nullUnless(origin, spec, e)));
    return new TableMapping(
        name,
        files.isEmpty() ? List.of(name + ".csv") : files,
        columns,
        values,
        defaults,
        nullUnless);
  }

  private static ValueMap values(
      String origin, TableSpec spec, String column, Map.Entry<String, JsonNode> entry) {
    ColumnSpec c = column(origin, spec, column);
    if (c.type() != ColumnType.ENUM) {
      throw new ImportFailure(
          "profile " + origin + ": " + spec.name() + "." + column + " has no fixed set of values");
    }
    Map<String, String> synonyms = new LinkedHashMap<>();
    Optional<String> otherwise = Optional.empty();
    for (var it = entry.getValue().fields(); it.hasNext(); ) {
      var e = it.next();
      String target = allowedValue(origin, spec, c, e.getValue().asText());
      if (e.getKey().equals("*")) {
        otherwise = Optional.of(target);
      } else {
        synonyms.put(EnumValues.normalise(e.getKey()), target);
      }
    }
    return new ValueMap(synonyms, otherwise);
  }

  private static NullUnless nullUnless(
      String origin, TableSpec spec, Map.Entry<String, JsonNode> entry) {
    column(origin, spec, entry.getKey());
    var it = entry.getValue().fields();
    if (!it.hasNext()) {
      throw new ImportFailure(
          "profile " + origin + ": null_unless of " + entry.getKey() + " needs a column");
    }
    var test = it.next();
    ColumnSpec tested = column(origin, spec, test.getKey());
    if (tested.type() != ColumnType.ENUM && tested.type() != ColumnType.TEXT) {
      throw new ImportFailure(
          "profile "
              + origin
              + ": null_unless of "
              + spec.name()
              + "."
              + entry.getKey()
              + " tests "
              + tested.name()
              + ", which is neither an enumeration nor text");
    }
    List<String> values = new ArrayList<>();
    for (String v : strings(test.getValue())) {
      // A text column (e.g. a churn flag kept as end_reason) is tested on its trimmed value.
      values.add(tested.type() == ColumnType.ENUM ? allowedValue(origin, spec, tested, v) : v);
    }
    return new NullUnless(tested.name(), values);
  }

  private static String allowedValue(String origin, TableSpec spec, ColumnSpec c, String value) {
    if (!c.allowed().contains(value)) {
      throw new ImportFailure(
          "profile "
              + origin
              + ": "
              + spec.name()
              + "."
              + c.name()
              + " value '"
              + value
              + "' is not one of "
              + c.allowed());
    }
    return value;
  }

  private static ColumnSpec column(String origin, TableSpec spec, String column) {
    return spec.column(column)
        .orElseThrow(
            () ->
                new ImportFailure(
                    "profile "
                        + origin
                        + ": table "
                        + spec.name()
                        + " has no column '"
                        + column
                        + "' (columns: "
                        + spec.columnNames()
                        + ")"));
  }

  private static String text(Map.Entry<String, JsonNode> e) {
    return e.getValue().asText();
  }

  private static List<String> strings(JsonNode node) {
    List<String> out = new ArrayList<>();
    if (node.isArray()) {
      node.forEach(n -> out.add(n.asText()));
    } else if (node.isValueNode() && !node.isNull()) {
      out.add(node.asText());
    }
    return out;
  }
}
