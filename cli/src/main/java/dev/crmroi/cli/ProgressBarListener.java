package dev.crmroi.cli;

import dev.crmroi.store.importing.ImportListener;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** Shows an import's progress on the terminal (standard error), in megabytes of CSV read. */
final class ProgressBarListener implements ImportListener, AutoCloseable {
  private final boolean enabled;
  private ProgressBar bar;

  private ProgressBarListener(boolean enabled) {
    this.enabled = enabled;
  }

  /** A listener that draws a bar only on a terminal and when not quiet. */
  static ProgressBarListener forTerminal(boolean quiet) {
    return new ProgressBarListener(!quiet && System.console() != null);
  }

  @Override
  public void started(long totalBytes) {
    if (!enabled) {
      return;
    }
    bar =
        new ProgressBarBuilder()
            .setTaskName("Importing")
            .setInitialMax(Math.max(1, totalBytes))
            .setUnit(" MB", 1_000_000)
            .setStyle(ProgressBarStyle.ASCII)
            .setConsumer(new ConsoleProgressBarConsumer(System.err))
            .setUpdateIntervalMillis(200)
            .build();
  }

  @Override
  public synchronized void progress(long bytesDone, String what) {
    if (bar != null) {
      bar.stepTo(Math.max(bar.getCurrent(), bytesDone));
      bar.setExtraMessage(what);
    }
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.close();
    }
  }
}
