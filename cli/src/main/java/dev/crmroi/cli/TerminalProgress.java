package dev.crmroi.cli;

import dev.crmroi.generator.GenerationListener;
import dev.crmroi.store.importing.ImportListener;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar on standard error for long work (generation, import). It draws only on a terminal
 * and when not {@code --quiet}, so piped and scripted output stays clean.
 */
final class TerminalProgress implements ImportListener, GenerationListener, AutoCloseable {
  private final boolean enabled;
  private final String task;
  private ProgressBar bar;

  private TerminalProgress(boolean enabled, String task) {
    this.enabled = enabled;
    this.task = task;
  }

  /** A progress bar named {@code task}, drawn only on a terminal and when not quiet. */
  static TerminalProgress forTerminal(String task, boolean quiet) {
    return new TerminalProgress(!quiet && System.console() != null, task);
  }

  @Override
  public void started(long totalBytes) {
    open(totalBytes, " MB", 1_000_000);
  }

  @Override
  public synchronized void progress(long bytesDone, String what) {
    if (bar != null) {
      bar.stepTo(Math.max(bar.getCurrent(), bytesDone));
      bar.setExtraMessage(what);
    }
  }

  @Override
  public synchronized void onProgress(long rowsWritten, long rowsExpected) {
    if (!enabled) {
      return;
    }
    if (bar == null) {
      open(rowsExpected, " k rows", 1_000);
    }
    bar.maxHint(Math.max(rowsExpected, rowsWritten));
    bar.stepTo(rowsWritten);
  }

  private void open(long max, String unit, long unitSize) {
    if (!enabled || bar != null) {
      return;
    }
    bar =
        new ProgressBarBuilder()
            .setTaskName(task)
            .setInitialMax(Math.max(1, max))
            .setUnit(unit, unitSize)
            .setStyle(ProgressBarStyle.ASCII)
            .setConsumer(new ConsoleProgressBarConsumer(System.err))
            .setUpdateIntervalMillis(200)
            .build();
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.close();
      bar = null;
    }
  }
}
