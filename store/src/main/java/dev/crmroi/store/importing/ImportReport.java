package dev.crmroi.store.importing;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The outcome of one import.
 *
 * @param importId the import's number in the store's import log
 * @param files what each file did
 * @param skipped files in an imported directory that match no table
 * @param orphans per {@code table.column}, references to rows not in the store (rows are kept)
 */
public record ImportReport(
    long importId, List<FileCounts> files, List<Path> skipped, Map<String, Long> orphans) {

  public ImportReport {
    files = List.copyOf(files);
    skipped = List.copyOf(skipped);
    orphans = Map.copyOf(orphans);
  }

  /** Rows rejected over all files. */
  public long rejected() {
    return files.stream().mapToLong(FileCounts::rejected).sum();
  }
}
