package dev.crmroi.core.config;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The validated settings of {@code crm-roi.yaml} (design: config.md). Built once at start by the
 * loader, which names any wrong key; everything downstream reads this record.
 *
 * @param reportingCurrency ISO-4217 code all money is converted to
 * @param units what a rollout unit is
 * @param goLive when each unit went live on the CRM
 * @param analysisEnd last day analysed; empty means the last month with data
 * @param horizonMonths months of the business case and of projected ROI
 * @param discountRate annual rate for NPV
 * @param grossMargin margin used where invoices and opportunities carry no cost
 * @param loadedHourlyCost cost of one hour of work per role, in the reporting currency
 * @param riskAdjustment TEI-style reductions of benefits and increases of costs
 * @param events known confounders per unit
 * @param goals SMART goals
 * @param qualityFailBelow the quality score under which {@code quality} exits 1
 * @param bootstrap replicates and seed of bootstrap intervals
 * @param engine the SQL engine
 * @param duckdb resource limits of the embedded engine
 * @param salesRampMonths months a new sales rep takes to reach full productivity; measured ROI
 *     weighs sales capacity by it, so hiring is not credited to the CRM
 * @param qualityWeights weight of each data-quality dimension (completeness, validity, uniqueness,
 *     consistency, freshness) in a table's score
 */
public record CrmRoiConfig(
    String reportingCurrency,
    UnitAttribute units,
    GoLive goLive,
    Optional<LocalDate> analysisEnd,
    int horizonMonths,
    double discountRate,
    double grossMargin,
    Map<String, Double> loadedHourlyCost,
    RiskAdjustment riskAdjustment,
    List<Event> events,
    List<Goal> goals,
    double qualityFailBelow,
    Bootstrap bootstrap,
    Engine engine,
    DuckDbSettings duckdb,
    int salesRampMonths,
    Map<String, Double> qualityWeights) {

  public CrmRoiConfig {
    loadedHourlyCost = Map.copyOf(loadedHourlyCost);
    qualityWeights = Map.copyOf(qualityWeights);
    events = List.copyOf(events);
    goals = List.copyOf(goals);
  }

  /** The settings used when no file is given; equal to what {@code crm-roi init} writes. */
  public static CrmRoiConfig defaults() {
    return new CrmRoiConfig(
        "USD",
        UnitAttribute.ACCOUNT_REGION,
        GoLive.everywhere(LocalDate.of(2024, 1, 1)),
        Optional.empty(),
        36,
        0.10,
        0.35,
        Map.of("sales", 65.0, "service", 40.0, "marketing", 55.0),
        new RiskAdjustment(0.10, 0.0),
        List.of(),
        List.of(),
        60,
        new Bootstrap(999, 1),
        Engine.DUCKDB,
        DuckDbSettings.defaults(),
        3,
        Map.of(
            "completeness", 0.25,
            "validity", 0.25,
            "uniqueness", 0.20,
            "consistency", 0.20,
            "freshness", 0.10));
  }

  /** These settings with another reporting currency. */
  public CrmRoiConfig withReportingCurrency(String currency) {
    return new CrmRoiConfig(
        currency,
        units,
        goLive,
        analysisEnd,
        horizonMonths,
        discountRate,
        grossMargin,
        loadedHourlyCost,
        riskAdjustment,
        events,
        goals,
        qualityFailBelow,
        bootstrap,
        engine,
        duckdb,
        salesRampMonths,
        qualityWeights);
  }

  /** These settings with other go-live dates. */
  public CrmRoiConfig withGoLive(GoLive dates) {
    return new CrmRoiConfig(
        reportingCurrency,
        units,
        dates,
        analysisEnd,
        horizonMonths,
        discountRate,
        grossMargin,
        loadedHourlyCost,
        riskAdjustment,
        events,
        goals,
        qualityFailBelow,
        bootstrap,
        engine,
        duckdb,
        salesRampMonths,
        qualityWeights);
  }

  /** These settings with other bootstrap replicates and seed. */
  public CrmRoiConfig withBootstrap(Bootstrap settings) {
    return new CrmRoiConfig(
        reportingCurrency,
        units,
        goLive,
        analysisEnd,
        horizonMonths,
        discountRate,
        grossMargin,
        loadedHourlyCost,
        riskAdjustment,
        events,
        goals,
        qualityFailBelow,
        settings,
        engine,
        duckdb,
        salesRampMonths,
        qualityWeights);
  }

  /** What a rollout unit is: an attribute of the record's account or of its owning user. */
  public enum UnitAttribute {
    ACCOUNT_REGION("account.region"),
    ACCOUNT_SEGMENT("account.segment"),
    OWNER_TEAM("owner.team"),
    OWNER_REGION("owner.region");

    private final String key;

    UnitAttribute(String key) {
      this.key = key;
    }

    /** The spelling used in the configuration file. */
    public String key() {
      return key;
    }
  }

  /** The SQL engine analytics run on. */
  public enum Engine {
    DUCKDB,
    SPARK
  }

  /**
   * TEI-style risk adjustment.
   *
   * @param benefits fraction by which benefits are reduced
   * @param costs fraction by which costs are raised
   */
  public record RiskAdjustment(double benefits, double costs) {}

  /**
   * A dated confounder in one unit (or all units when {@code unit} is empty).
   *
   * @param date when it happened
   * @param unit the unit it affected; empty for all units
   * @param label what happened, in words
   * @param productLine a product line the event brought (a launch): its deals are left out of the
   *     measured sales benefit, since the CRM did not cause them; empty when none
   */
  public record Event(
      LocalDate date, Optional<String> unit, String label, Optional<String> productLine) {}

  /**
   * A SMART goal on one KPI.
   *
   * @param metric KPI id
   * @param target value to reach
   * @param baseline value at the start
   * @param deadline day by which the target is due
   * @param slice a filter such as {@code region=EMEA}; empty for the whole company
   * @param owner who answers for it
   */
  public record Goal(
      String metric,
      double target,
      Optional<Double> baseline,
      LocalDate deadline,
      Optional<String> slice,
      Optional<String> owner) {}

  /**
   * Bootstrap settings.
   *
   * @param replicates number of resamples
   * @param seed random seed, so results are reproducible
   */
  public record Bootstrap(int replicates, long seed) {}

  /**
   * Resource limits of the embedded DuckDB engine.
   *
   * @param memoryLimit DuckDB memory limit, such as {@code 1GB}
   * @param threads worker threads; 0 means one per available core
   */
  public record DuckDbSettings(String memoryLimit, int threads) {

    /** The limits used unless the configuration says otherwise. */
    public static DuckDbSettings defaults() {
      return new DuckDbSettings("1GB", 0);
    }
  }
}
