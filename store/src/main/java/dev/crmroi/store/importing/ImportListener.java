package dev.crmroi.store.importing;

import java.time.Duration;

/** Hears how far an import has got, so a terminal can show a progress bar. */
public interface ImportListener {
  /** An import listener that ignores everything. */
  ImportListener SILENT = new ImportListener() {};

  /** The import will read {@code totalBytes} in all. */
  default void started(long totalBytes) {}

  /** {@code bytesDone} of the total have been read (an estimate while a file is read). */
  default void progress(long bytesDone, String what) {}

  /** A file is done. */
  default void fileDone(FileCounts counts) {}

  /**
   * One step of the import took {@code elapsed}: {@code table} is the table being loaded (or "all"
   * for steps over every table), {@code step} a short name such as "parse and check". Lets a
   * benchmark show where the time goes.
   */
  default void step(String table, String step, Duration elapsed) {}
}
