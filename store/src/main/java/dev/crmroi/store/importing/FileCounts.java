package dev.crmroi.store.importing;

import java.util.List;

/**
 * What importing one file did. The counts add up: {@code read = loaded + updated + unchanged +
 * rejected}.
 *
 * @param file the file and its table
 * @param read data rows in the file
 * @param loaded rows new to the store
 * @param updated rows that replaced a different row with the same key
 * @param unchanged rows identical to the row already stored
 * @param rejected rows not loaded, each with a reason in the rejects
 * @param ignoredColumns source headers that map to no canonical column
 */
public record FileCounts(
    SourceFile file,
    long read,
    long loaded,
    long updated,
    long unchanged,
    long rejected,
    List<String> ignoredColumns) {

  public FileCounts {
    ignoredColumns = List.copyOf(ignoredColumns);
    if (read != loaded + updated + unchanged + rejected) {
      throw new IllegalStateException(
          "counts of "
              + file.path()
              + " do not add up: "
              + read
              + " read but "
              + loaded
              + "+"
              + updated
              + "+"
              + unchanged
              + "+"
              + rejected
              + " accounted for");
    }
  }
}
