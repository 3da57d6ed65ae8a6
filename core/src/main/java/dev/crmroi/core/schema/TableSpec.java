package dev.crmroi.core.schema;

import java.util.List;
import java.util.Optional;

/**
 * One canonical table: its columns in file order and the columns that identify a row.
 *
 * @param name the table name, also the CSV file's base name ({@code <name>.csv})
 * @param columns the columns in canonical order
 * @param key the columns that identify a row; re-imports replace rows with the same key
 */
public record TableSpec(String name, List<ColumnSpec> columns, List<String> key) {

  public TableSpec {
    columns = List.copyOf(columns);
    key = List.copyOf(key);
    for (String k : key) {
      if (columns.stream().noneMatch(c -> c.name().equals(k))) {
        throw new IllegalArgumentException("key column " + k + " is not a column of " + name);
      }
    }
  }

  /** The column with this name, if the table has one. */
  public Optional<ColumnSpec> column(String columnName) {
    return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
  }

  /** The columns every row must fill. */
  public List<ColumnSpec> requiredColumns() {
    return columns.stream().filter(ColumnSpec::required).toList();
  }

  /** The column names in canonical order, as a CSV header writes them. */
  public List<String> columnNames() {
    return columns.stream().map(ColumnSpec::name).toList();
  }

  /** Whether any column holds money, so rows need a currency and conversion. */
  public boolean hasMoney() {
    return columns.stream().anyMatch(c -> c.type() == ColumnType.MONEY);
  }
}
