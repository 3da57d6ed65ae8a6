package dev.crmroi.core.schema;

/** The kinds of value a canonical column holds; import parses and validates each kind. */
public enum ColumnType {
  /** An identifier, kept as the source spells it. */
  ID,
  /** Free text. */
  TEXT,
  /** A calendar date, ISO-8601 ({@code 2024-03-31}). */
  DATE,
  /** An instant, ISO-8601 with optional offset, stored as UTC. */
  TIMESTAMP,
  /** A decimal amount of money in the row's {@code currency}. */
  MONEY,
  /** A decimal number that is not money (minutes, scores, rates). */
  NUMBER,
  /** {@code true}/{@code false}; import also accepts 1/0, yes/no. */
  BOOLEAN,
  /** One of a closed set of lower-case values. */
  ENUM,
  /** An ISO-4217 currency code. */
  CURRENCY
}
