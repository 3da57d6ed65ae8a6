package dev.crmroi.store.importing;

import static dev.crmroi.store.SqlResource.ident;
import static dev.crmroi.store.SqlResource.literal;

import dev.crmroi.core.schema.ColumnSpec;
import dev.crmroi.core.schema.ColumnType;
import dev.crmroi.store.importing.Profile.ValueMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The SQL that parses one canonical column from its source text and the checks that turn a bad
 * value into a reject with a reason a person understands. Parsing happens inside DuckDB: these are
 * expressions, evaluated over the whole file in one vectorised pass.
 */
final class ColumnExpressions {
  private final ColumnSpec column;
  private final List<String> sources;
  private final List<String> dateFormats;
  private final Optional<Integer> idLength;
  private final Optional<ValueMap> values;
  private final Optional<String> fallback;
  private final List<String> knownCurrencies;

  /**
   * @param column the canonical column
   * @param sources the source headers holding it, best first; empty if the file has none
   * @param dateFormats extra strptime formats of the profile
   * @param idLength the profile's id length: longer ids keep only their first characters
   * @param values enum synonyms of the profile
   * @param fallback the value used where the source gives none
   * @param knownCurrencies currencies with exchange rates; empty list means any code is fine
   */
  ColumnExpressions(
      ColumnSpec column,
      List<String> sources,
      List<String> dateFormats,
      Optional<Integer> idLength,
      Optional<ValueMap> values,
      Optional<String> fallback,
      List<String> knownCurrencies) {
    this.column = column;
    this.sources = sources;
    this.dateFormats = dateFormats;
    this.idLength = idLength;
    this.values = values;
    this.fallback = fallback;
    this.knownCurrencies = knownCurrencies;
  }

  /** The trimmed text of the first source with a value, NULL when all are empty or absent. */
  String text() {
    List<String> texts = sources.stream().map(s -> "nullif(trim(" + ident(s) + "), '')").toList();
    return switch (texts.size()) {
      case 0 -> "NULL::VARCHAR";
      case 1 -> texts.get(0);
      default -> "coalesce(" + String.join(", ", texts) + ")";
    };
  }

  /** The parsed value, with the fallback where the source is empty. */
  String value() {
    return valueOf(parse(text()));
  }

  /** The value given the parsed expression {@code parsed}: the fallback where it is NULL. */
  String valueOf(String parsed) {
    return fallback.map(f -> "coalesce(" + parsed + ", " + literalOf(f) + ")").orElse(parsed);
  }

  /**
   * One check of a value.
   *
   * @param condition SQL that is true when the value is bad
   * @param value SQL giving the offending text
   * @param reason SQL giving the reason in words
   */
  record Problem(String condition, String value, String reason) {
    /** A struct describing the problem, or NULL when the condition does not hold. */
    String struct(String column) {
      return "CASE WHEN "
          + condition
          + " THEN {'col': "
          + literal(column)
          + ", 'val': "
          + value
          + ", 'why': "
          + reason
          + "} END";
    }
  }

  /** The checks of this column, written over the source text. */
  List<Problem> problems() {
    return problems(text(), parse(text()));
  }

  /**
   * The checks of this column, written over already computed text {@code t} and parsed value {@code
   * p} (so a query that has computed them does not parse twice).
   */
  List<Problem> problems(String t, String p) {
    List<Problem> out = new ArrayList<>();
    if (column.required() && fallback.isEmpty()) {
      out.add(new Problem(t + " IS NULL", "NULL::VARCHAR", literal(column.name() + " is empty")));
    }
    if (!sources.isEmpty() && column.type() != ColumnType.ID && column.type() != ColumnType.TEXT) {
      out.add(new Problem(t + " IS NOT NULL AND " + p + " IS NULL", t, parseReason(t)));
    }
    if (column.type() == ColumnType.CURRENCY && !knownCurrencies.isEmpty()) {
      String code = valueOf(p);
      out.add(
          new Problem(
              code + " IS NOT NULL AND " + code + " NOT IN (" + sqlList(knownCurrencies) + ")",
              code,
              "'"
                  + column.name()
                  + " ''' || "
                  + code
                  + " || ''' has no exchange rate in fx_rates"
                  + " (known: "
                  + String.join(", ", knownCurrencies).replace("'", "''")
                  + ")'"));
    }
    return out;
  }

  /** The value parsed from text {@code t}; NULL where it does not parse. */
  String parse(String t) {
    return switch (column.type()) {
      case ID -> idLength.map(n -> "left(" + t + ", " + n + ")").orElse(t);
      case TEXT -> t;
      case DATE ->
          "coalesce(try_cast("
              + t
              + " AS DATE), try_cast(try_cast("
              + t
              + " AS TIMESTAMPTZ) AS DATE)"
              + formats(t, "DATE")
              + ")";
      case TIMESTAMP ->
          // A UTC text ("…Z", what CRM exports write) casts straight to TIMESTAMP; anything else
          // goes through TIMESTAMPTZ so that an offset is applied (a direct cast would ignore
          // it). Both give the same value for UTC text; the direct cast is several times faster.
          "coalesce(CASE WHEN suffix("
              + t
              + ", 'Z') THEN try_cast("
              + t
              + " AS TIMESTAMP) END, try_cast(try_cast("
              + t
              + " AS TIMESTAMPTZ) AS TIMESTAMP)"
              + formats(t, "TIMESTAMP")
              + ")";
      case MONEY -> "try_cast(" + t + " AS DECIMAL(18, 4))";
      case NUMBER ->
          "CASE WHEN isfinite(try_cast("
              + t
              + " AS DOUBLE)) THEN try_cast("
              + t
              + " AS DOUBLE) END";
      case BOOLEAN ->
          "CASE WHEN lower("
              + t
              + ") IN ('true', 't', '1', 'yes', 'y') THEN true"
              + " WHEN lower("
              + t
              + ") IN ('false', 'f', '0', 'no', 'n') THEN false END";
      case ENUM -> enumValue(t);
      case CURRENCY ->
          "CASE WHEN regexp_full_match(upper(" + t + "), '[A-Z]{3}') THEN upper(" + t + ") END";
    };
  }

  private String formats(String t, String type) {
    if (dateFormats.isEmpty()) {
      return "";
    }
    return ", try_cast(try_strptime(" + t + ", [" + sqlList(dateFormats) + "]) AS " + type + ")";
  }

  private String enumValue(String t) {
    String n = EnumValues.sql(t);
    Map<String, String> synonyms = values.map(ValueMap::synonyms).orElse(Map.of());
    StringBuilder sql = new StringBuilder("CASE WHEN " + t + " IS NULL THEN NULL");
    synonyms.forEach(
        (from, to) ->
            sql.append(" WHEN ")
                .append(n)
                .append(" = ")
                .append(literal(from))
                .append(" THEN ")
                .append(literal(to)));
    String allowed = sqlList(column.allowed());
    sql.append(" WHEN ").append(n).append(" IN (").append(allowed).append(") THEN ").append(n);
    Optional<String> otherwise = values.flatMap(ValueMap::otherwise);
    sql.append(otherwise.map(o -> " ELSE " + literal(o)).orElse("")).append(" END");
    return sql.toString();
  }

  private String parseReason(String t) {
    String what =
        switch (column.type()) {
          case DATE -> "is not a date (expected YYYY-MM-DD" + formatHint() + ")";
          case TIMESTAMP ->
              "is not a date-time (expected ISO-8601 like 2024-03-31T14:05:00Z"
                  + formatHint()
                  + ")";
          case MONEY -> "is not an amount (expected a number like 1234.50)";
          case NUMBER -> "is not a number";
          case BOOLEAN -> "is not true/false (also accepted: 1/0, yes/no)";
          case ENUM -> "is not one of " + String.join(", ", column.allowed());
          case CURRENCY -> "is not an ISO-4217 currency code like USD";
          case ID, TEXT -> "is not valid";
        };
    return "'" + column.name() + " ''' || " + t + " || ''' " + what.replace("'", "''") + "'";
  }

  private String formatHint() {
    return dateFormats.isEmpty() ? "" : " or " + String.join(" or ", dateFormats);
  }

  private String literalOf(String value) {
    String lit = literal(value);
    return switch (column.type()) {
      case DATE -> lit + "::DATE";
      case TIMESTAMP -> lit + "::TIMESTAMP";
      case MONEY -> lit + "::DECIMAL(18, 4)";
      case NUMBER -> lit + "::DOUBLE";
      case BOOLEAN -> lit + "::BOOLEAN";
      default -> lit;
    };
  }

  static String sqlList(List<String> values) {
    return values.stream().map(v -> literal(v)).collect(Collectors.joining(", "));
  }
}
