package dev.crmroi.store.config;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.crmroi.core.config.CrmRoiConfig;
import dev.crmroi.core.config.CrmRoiConfig.Bootstrap;
import dev.crmroi.core.config.CrmRoiConfig.DuckDbSettings;
import dev.crmroi.core.config.CrmRoiConfig.Engine;
import dev.crmroi.core.config.CrmRoiConfig.RiskAdjustment;
import dev.crmroi.core.config.CrmRoiConfig.UnitAttribute;
import dev.crmroi.core.config.GoLive;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads {@code crm-roi.yaml} into a {@link CrmRoiConfig}, validating every key at start so a wrong
 * value stops the program with the key, the value and what is allowed.
 */
public final class ConfigLoader {
  private static final Set<String> TOP_KEYS =
      Set.of(
          "reporting_currency",
          "units",
          "go_live",
          "analysis_end",
          "horizon_months",
          "discount_rate",
          "gross_margin",
          "loaded_hourly_cost",
          "risk_adjustment",
          "events",
          "goals",
          "quality",
          "bootstrap",
          "engine",
          "duckdb",
          "sales_ramp_months");
  private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
  private static final Pattern MEMORY =
      Pattern.compile("\\d+(\\.\\d+)?\\s*(KB|MB|GB|TB|KiB|MiB|GiB|TiB)");
  private static final String DEFAULT_RESOURCE = "crm-roi.default.yaml";

  private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory());

  /** Loads and validates the file at {@code path}. */
  public CrmRoiConfig load(Path path) {
    if (!Files.isRegularFile(path)) {
      throw new ConfigException("configuration file " + path + " does not exist");
    }
    try {
      return parse(Files.readString(path, StandardCharsets.UTF_8), path.toString());
    } catch (IOException e) {
      throw new ConfigException("cannot read configuration file " + path + ": " + e.getMessage());
    }
  }

  /** Parses and validates configuration text; {@code origin} names it in messages. */
  public CrmRoiConfig parse(String text, String origin) {
    JsonNode root;
    try {
      root = yaml.readTree(text);
    } catch (JacksonException e) {
      throw new ConfigException(origin + " is not valid YAML: " + e.getOriginalMessage());
    }
    return read(new ConfigNode("", root));
  }

  /** The commented default file that {@code crm-roi init} writes. */
  public static String defaultFileText() {
    try (InputStream in = ConfigLoader.class.getResourceAsStream(DEFAULT_RESOURCE)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private CrmRoiConfig read(ConfigNode root) {
    root.requireOnly(TOP_KEYS);
    CrmRoiConfig d = CrmRoiConfig.defaults();
    return new CrmRoiConfig(
        currency(root.get("reporting_currency"), d.reportingCurrency()),
        units(root.get("units")),
        goLive(root.get("go_live"), d.goLive()),
        root.get("analysis_end").optionalDate(),
        root.get("horizon_months").integer(d.horizonMonths(), 1, 600),
        discountRate(root.get("discount_rate"), d.discountRate()),
        root.get("gross_margin").number(d.grossMargin(), 0, 1),
        hourlyCosts(root.get("loaded_hourly_cost"), d.loadedHourlyCost()),
        riskAdjustment(root.get("risk_adjustment"), d.riskAdjustment()),
        ConfigLists.events(root.get("events")),
        ConfigLists.goals(root.get("goals")),
        quality(root.get("quality"), d.qualityFailBelow()),
        bootstrap(root.get("bootstrap"), d.bootstrap()),
        engine(root.get("engine")),
        duckdb(root.get("duckdb"), d.duckdb()),
        root.get("sales_ramp_months").integer(d.salesRampMonths(), 1, 36),
        qualityWeights(root.get("quality").get("weights"), d.qualityWeights()));
  }

  static String currency(ConfigNode n, String fallback) {
    String value = n.text(fallback);
    if (!CURRENCY.matcher(value).matches()) {
      throw ConfigException.invalid(
          n.key(), value, "expected a three-letter ISO-4217 code like USD");
    }
    return value;
  }

  private static UnitAttribute units(ConfigNode n) {
    String value = n.text(UnitAttribute.ACCOUNT_REGION.key());
    return Arrays.stream(UnitAttribute.values())
        .filter(u -> u.key().equals(value))
        .findFirst()
        .orElseThrow(
            () ->
                ConfigException.invalid(
                    n.key(),
                    value,
                    "allowed: account.region, account.segment, owner.team, owner.region"));
  }

  private static GoLive goLive(ConfigNode n, GoLive fallback) {
    if (n.isMissing()) {
      return fallback;
    }
    if (n.node().isValueNode()) {
      return GoLive.everywhere(n.date());
    }
    if (!n.node().isObject() || n.node().isEmpty()) {
      throw ConfigException.invalid(
          n.key(), n.node(), "expected one date, or a mapping of unit to date");
    }
    Map<String, LocalDate> dates = new LinkedHashMap<>();
    n.node().fieldNames().forEachRemaining(unit -> dates.put(unit, n.get(unit).date()));
    return GoLive.perUnit(dates);
  }

  private static double discountRate(ConfigNode n, double fallback) {
    double rate = n.number(fallback, -Double.MAX_VALUE, Double.MAX_VALUE);
    if (rate <= -1) {
      throw ConfigException.invalid(n.key(), n.node().asText(), "must be greater than -1");
    }
    return rate;
  }

  private static Map<String, Double> hourlyCosts(ConfigNode n, Map<String, Double> fallback) {
    if (n.isMissing()) {
      return fallback;
    }
    n.requireOnly(Set.of("sales", "service", "marketing", "manager", "admin"));
    Map<String, Double> costs = new LinkedHashMap<>(fallback);
    n.node()
        .fieldNames()
        .forEachRemaining(role -> costs.put(role, n.get(role).number(0, 0, Double.MAX_VALUE)));
    return costs;
  }

  private static RiskAdjustment riskAdjustment(ConfigNode n, RiskAdjustment fallback) {
    n.requireOnly(Set.of("benefits", "costs"));
    return new RiskAdjustment(
        n.get("benefits").number(fallback.benefits(), 0, 1),
        n.get("costs").number(fallback.costs(), 0, 1));
  }

  private static double quality(ConfigNode n, double fallback) {
    n.requireOnly(Set.of("fail_below", "weights"));
    return n.get("fail_below").number(fallback, 0, 100);
  }

  private static Map<String, Double> qualityWeights(ConfigNode n, Map<String, Double> fallback) {
    if (n.isMissing()) {
      return fallback;
    }
    n.requireOnly(fallback.keySet());
    Map<String, Double> weights = new LinkedHashMap<>(fallback);
    n.node()
        .fieldNames()
        .forEachRemaining(k -> weights.put(k, n.get(k).number(0, 0, Double.MAX_VALUE)));
    if (weights.values().stream().mapToDouble(Double::doubleValue).sum() <= 0) {
      throw ConfigException.invalid(n.key(), n.node(), "the weights must not all be 0");
    }
    return weights;
  }

  private static Bootstrap bootstrap(ConfigNode n, Bootstrap fallback) {
    n.requireOnly(Set.of("replicates", "seed"));
    return new Bootstrap(
        n.get("replicates").integer(fallback.replicates(), 1, 1_000_000),
        n.get("seed").integer((int) fallback.seed(), Integer.MIN_VALUE, Integer.MAX_VALUE));
  }

  private static Engine engine(ConfigNode n) {
    String value = n.text("duckdb");
    return switch (value) {
      case "duckdb" -> Engine.DUCKDB;
      case "spark" -> Engine.SPARK;
      default -> throw ConfigException.invalid(n.key(), value, "allowed: duckdb, spark");
    };
  }

  private static DuckDbSettings duckdb(ConfigNode n, DuckDbSettings fallback) {
    n.requireOnly(Set.of("memory_limit", "threads"));
    String memory = n.get("memory_limit").text(fallback.memoryLimit());
    if (!MEMORY.matcher(memory.toUpperCase(Locale.ROOT).replace("IB", "iB")).matches()) {
      throw ConfigException.invalid(
          n.key() + ".memory_limit", memory, "expected a size like 512MB or 2GB");
    }
    return new DuckDbSettings(memory, n.get("threads").integer(fallback.threads(), 0, 1024));
  }
}
