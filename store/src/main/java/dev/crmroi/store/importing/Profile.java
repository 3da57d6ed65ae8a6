package dev.crmroi.store.importing;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A mapping profile: how one source layout (canonical CSV, a Salesforce or HubSpot export, a user's
 * own) maps onto the canonical tables. A profile is data, loaded from YAML.
 *
 * @param name the profile's name
 * @param description one line on what exports it reads
 * @param delimiter the field separator of its files
 * @param encoding the character set of its files (DuckDB's {@code encoding} option)
 * @param defaultCurrency the currency of amounts whose row names none; empty means the reporting
 *     currency
 * @param dateFormats strptime formats tried after ISO-8601 for dates and timestamps
 * @param idLength when present, ids longer than this keep only their first {@code idLength}
 *     characters: Salesforce's 18-character API ids (Data Loader) are its 15-character report ids
 *     plus a 3-character checksum, and both must name the same record
 * @param tables the mapping per canonical table, in the order they appear
 */
public record Profile(
    String name,
    String description,
    String delimiter,
    String encoding,
    Optional<String> defaultCurrency,
    List<String> dateFormats,
    Optional<Integer> idLength,
    Map<String, TableMapping> tables) {

  public Profile {
    dateFormats = List.copyOf(dateFormats);
    tables = Map.copyOf(tables);
  }

  /**
   * How one canonical table is found and read.
   *
   * @param table the canonical table
   * @param files glob patterns (case-insensitive) of the file names holding it
   * @param columns per canonical column, the source headers that may hold it, in order of
   *     preference; a canonical column is also found under its own name. A row takes the first of
   *     these headers that is present in the file and not empty in the row
   * @param values per enum column, value synonyms (normalised) and an optional fallback
   * @param defaults per column, a constant used where the source gives no value
   * @param nullUnless per column, the clause that must hold for the value to be kept (e.g. a
   *     Salesforce close date counts only once the opportunity is won or lost)
   */
  public record TableMapping(
      String table,
      List<String> files,
      Map<String, List<String>> columns,
      Map<String, ValueMap> values,
      Map<String, String> defaults,
      Map<String, NullUnless> nullUnless) {

    public TableMapping {
      files = List.copyOf(files);
      columns = Map.copyOf(columns);
      values = Map.copyOf(values);
      defaults = Map.copyOf(defaults);
      nullUnless = Map.copyOf(nullUnless);
    }
  }

  /**
   * Synonyms of an enum column's values.
   *
   * @param synonyms source value (normalised: lower case, spaces and hyphens as underscores) to
   *     canonical value
   * @param otherwise the canonical value of every other source value; empty means other values must
   *     already be canonical
   */
  public record ValueMap(Map<String, String> synonyms, Optional<String> otherwise) {
    public ValueMap {
      synonyms = Map.copyOf(synonyms);
    }
  }

  /**
   * Keep a column's value only when another canonical column has one of some values.
   *
   * @param column the canonical column tested
   * @param values the canonical values for which the value is kept
   */
  public record NullUnless(String column, List<String> values) {
    public NullUnless {
      values = List.copyOf(values);
    }
  }
}
