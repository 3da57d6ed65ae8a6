package dev.crmroi.core.schema;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One column of a canonical table.
 *
 * @param name the canonical column name
 * @param type what the column holds
 * @param required whether every row must carry a value
 * @param allowed the allowed values of an {@link ColumnType#ENUM} column, empty otherwise
 * @param references the table whose id this column names, if it is a foreign key
 * @param defaultValue the value used when a row leaves the column empty, if any
 */
public record ColumnSpec(
    String name,
    ColumnType type,
    boolean required,
    List<String> allowed,
    Optional<String> references,
    Optional<String> defaultValue) {

  public ColumnSpec {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    allowed = List.copyOf(allowed);
    if (type == ColumnType.ENUM && allowed.isEmpty()) {
      throw new IllegalArgumentException("enum column " + name + " needs allowed values");
    }
  }

  /** Whether the column names a row of another canonical table. */
  public boolean isReference() {
    return references.isPresent();
  }
}
