package dev.crmroi.generator;

/** Counts rows across all tables and tells the listener now and then, not on every row. */
final class Progress {

  private static final long REPORT_EVERY = 1 << 16;

  private final GenerationListener listener;
  private final long expected;
  private long written;

  Progress(GenerationListener listener, long expected) {
    this.listener = listener;
    this.expected = expected;
  }

  void rowWritten() {
    if ((++written & (REPORT_EVERY - 1)) == 0) {
      listener.onProgress(written, Math.max(expected, written));
    }
  }

  void finish() {
    listener.onProgress(written, written);
  }

  long written() {
    return written;
  }
}
