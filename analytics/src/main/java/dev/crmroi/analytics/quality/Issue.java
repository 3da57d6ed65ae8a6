package dev.crmroi.analytics.quality;

import java.util.List;

/**
 * One kind of problem in one column of one table.
 *
 * @param table the table
 * @param column the column, {@code (row)} when the whole record is at fault
 * @param kind what is wrong, e.g. {@code missing_recommended}, {@code orphan_reference}
 * @param dimension the score dimension it lowers
 * @param count how many findings (records, or cells for completeness)
 * @param share count over the table's rows, the weight of the issue in the table's score
 * @param examples up to ten record ids, sorted
 */
public record Issue(
    String table,
    String column,
    String kind,
    QualityDimension dimension,
    long count,
    double share,
    List<String> examples) {

  public Issue {
    examples = List.copyOf(examples);
  }
}
