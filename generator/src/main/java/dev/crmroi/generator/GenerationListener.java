package dev.crmroi.generator;

/** Hears how far a generation run has come, so a command line can draw a progress bar. */
@FunctionalInterface
public interface GenerationListener {

  /** A listener that ignores progress. */
  GenerationListener NONE = (written, expected) -> {};

  /**
   * Called every few tens of thousands of rows and once at the end.
   *
   * @param rowsWritten data rows written so far, all tables together
   * @param rowsExpected the rows the run expects to write in total (an estimate until the end,
   *     never below {@code rowsWritten}; equal to it on the final call)
   */
  void onProgress(long rowsWritten, long rowsExpected);
}
