package dev.crmroi.analytics.quality;

import java.util.List;

/**
 * Rows of one table and column that the last import rejected (they are not in the store).
 *
 * @param table the table
 * @param column the column at fault, {@code (row)} for row-level problems
 * @param count how many rows
 * @param examples up to ten record keys, or file:line when the key itself was unreadable
 */
public record RejectCount(String table, String column, long count, List<String> examples) {

  public RejectCount {
    examples = List.copyOf(examples);
  }
}
