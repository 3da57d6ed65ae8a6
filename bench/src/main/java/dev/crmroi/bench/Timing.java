package dev.crmroi.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Repeated wall-clock timings of one step; the median is what gets reported. */
final class Timing {
  private final List<Double> seconds = new ArrayList<>();

  /** Runs {@code step} and records its duration. */
  void time(ThrowingRunnable step) throws Exception {
    long t0 = System.nanoTime();
    step.run();
    seconds.add((System.nanoTime() - t0) / 1e9);
  }

  /** Records a duration measured elsewhere. */
  void add(double secondsTaken) {
    seconds.add(secondsTaken);
  }

  double median() {
    List<Double> sorted = new ArrayList<>(seconds);
    Collections.sort(sorted);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  List<Double> all() {
    return List.copyOf(seconds);
  }

  /** A step that may throw. */
  interface ThrowingRunnable {
    void run() throws Exception;
  }
}
