package dev.crmroi.cli;

import dev.crmroi.store.importing.FileCounts;
import dev.crmroi.store.importing.ImportListener;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Passes import progress on to a progress bar and notes how long each step took, for {@code import
 * --timings}: where the time of a slow import went.
 */
final class StepTimings implements ImportListener {
  private final ImportListener progress;
  private final Map<String, Double> seconds = new LinkedHashMap<>();

  StepTimings(ImportListener progress) {
    this.progress = progress;
  }

  @Override
  public void started(long totalBytes) {
    progress.started(totalBytes);
  }

  @Override
  public void progress(long bytesDone, String what) {
    progress.progress(bytesDone, what);
  }

  @Override
  public void fileDone(FileCounts counts) {
    progress.fileDone(counts);
  }

  @Override
  public void step(String table, String step, Duration elapsed) {
    add(table + ": " + step, elapsed);
  }

  /** Notes a step outside the import proper (such as the rollup refresh). */
  void add(String step, Duration elapsed) {
    seconds.merge(step, elapsed.toNanos() / 1e9, Double::sum);
  }

  /**
   * Prints every step in order with its seconds, then the total of the steps, as lines "step<TAB
   * >seconds" after a heading (tab-separated so scripts can read them).
   */
  void print(PrintWriter err) {
    err.println("Time by step (seconds):");
    seconds.forEach((k, v) -> err.printf(Locale.ROOT, "  %s\t%.3f%n", k, v));
    double total = seconds.values().stream().mapToDouble(Double::doubleValue).sum();
    err.printf(Locale.ROOT, "  total of the steps\t%.3f%n", total);
    err.flush();
  }
}
