package dev.crmroi.generator;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What the generator injected, for scoring the analyses: the go-live schedule, the expected
 * incremental benefit of each stream per unit (and per month), the TCO, the true ROI, the
 * confounders and every piece of dirt. Money is USD. Serialised in snake_case (cli.md shape).
 *
 * @param seed the spec's seed
 * @param scale the spec's scale, lower case
 * @param effectScale the spec's effect multiplier
 * @param currency the reporting currency of every amount here (USD)
 * @param dataStart first day of the history
 * @param dataEnd last day of the history; every post period ends here
 * @param goLive go-live date per unit that went live within the data
 * @param controlUnits units that never went live
 * @param effects expected incremental benefit per stream and unit over the post period
 * @param effectsMonthly the same per stream, unit and month ({@code 2024-03})
 * @param avoidedChurnedMrr expected churned MRR avoided per unit (sum over months), USD
 * @param streamDefinitions how each stream's value is defined and computed
 * @param parameters the model's effect sizes and valuation constants
 * @param benefitByStream total per stream
 * @param trueBenefitTotal sum of all streams and units
 * @param trueCostTotal TCO over the history (the crm_costs ledger expanded), USD
 * @param costByCategory TCO per crm_costs category
 * @param trueRoi (benefits − costs) / costs
 * @param events confounders and other dated events, as written to crm-roi.yaml
 * @param rowCounts data rows per file
 * @param dirt the injected data-quality problems
 */
public record Truth(
    long seed,
    String scale,
    double effectScale,
    String currency,
    String dataStart,
    String dataEnd,
    Map<String, String> goLive,
    List<String> controlUnits,
    Map<String, Map<String, Double>> effects,
    Map<String, Map<String, Map<String, Double>>> effectsMonthly,
    Map<String, Double> avoidedChurnedMrr,
    Map<String, String> streamDefinitions,
    Map<String, Double> parameters,
    Map<String, Double> benefitByStream,
    double trueBenefitTotal,
    double trueCostTotal,
    Map<String, Double> costByCategory,
    double trueRoi,
    List<Event> events,
    Map<String, Long> rowCounts,
    Dirt dirt) {

  /**
   * A dated event in one unit.
   *
   * @param date the day it took effect
   * @param unit the unit it hit
   * @param label what happened
   * @param kind price_change, product_line, hiring_wave
   */
  public record Event(String date, String unit, String label, String kind) {}

  /**
   * A duplicate row.
   *
   * @param table the table
   * @param id the duplicate's id
   * @param duplicateOf the id of the original row
   * @param reason how the copy differs (exact copy, name variant, ...)
   */
  public record Duplicate(String table, String id, String duplicateOf, String reason) {}

  /**
   * A missing, invalid or suspicious value.
   *
   * @param table the table
   * @param id the row's id
   * @param column the column
   * @param value the value written (empty when missing)
   * @param reason why it is dirt
   */
  public record BadValue(String table, String id, String column, String value, String reason) {}

  /**
   * All injected dirt.
   *
   * @param enabled whether dirt was on
   * @param exactDuplicates rows copied under a new id
   * @param fuzzyDuplicates near copies under a new id
   * @param missingValues values left empty
   * @param invalidValues values import must reject
   * @param suspiciousValues values import loads but a quality audit should flag
   */
  public record Dirt(
      boolean enabled,
      List<Duplicate> exactDuplicates,
      List<Duplicate> fuzzyDuplicates,
      List<BadValue> missingValues,
      List<BadValue> invalidValues,
      List<BadValue> suspiciousValues) {}

  /** Writes this truth as indented JSON with snake_case field names. */
  public void writeJson(Path file) {
    try {
      mapper().writeValue(file.toFile(), this);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write truth to " + file, e);
    }
  }

  /** This truth as JSON text. */
  public String toJson() {
    try {
      return mapper().writeValueAsString(this);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot serialise truth", e);
    }
  }

  private static ObjectMapper mapper() {
    return new ObjectMapper()
        .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
        .enable(SerializationFeature.INDENT_OUTPUT);
  }
}
