package dev.crmroi.analytics.forecast;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Win rates learned per age bucket and type, falling back to the bucket, then to everything. */
final class WinRates {
  private final Map<String, long[]> cells = new HashMap<>();
  private final Map<String, long[]> buckets = new HashMap<>();
  private final long[] all = new long[2];

  /** Adds the history of one cell: {@code n} open opportunities, {@code wins} won in-quarter. */
  void add(String bucket, String type, long n, long wins) {
    add(cells.computeIfAbsent(bucket + "\u0000" + type, k -> new long[2]), n, wins);
    add(buckets.computeIfAbsent(bucket, k -> new long[2]), n, wins);
    add(all, n, wins);
  }

  /** Whether any history was added. */
  boolean isEmpty() {
    return all[0] == 0;
  }

  /** How many snapshot opportunities the rates come from. */
  long history() {
    return all[0];
  }

  /** The rate of the cell, else of its bucket, else overall; empty without any history. */
  Optional<WinRate> of(String bucket, String type) {
    long[] cell = cells.get(bucket + "\u0000" + type);
    if (cell != null && cell[0] > 0) {
      return Optional.of(rate(cell, "age and type"));
    }
    long[] b = buckets.get(bucket);
    if (b != null && b[0] > 0) {
      return Optional.of(rate(b, "age"));
    }
    return isEmpty() ? Optional.empty() : Optional.of(rate(all, "all"));
  }

  private static WinRate rate(long[] counts, String basis) {
    return new WinRate((double) counts[1] / counts[0], basis, counts[0]);
  }

  private static void add(long[] counts, long n, long wins) {
    counts[0] += n;
    counts[1] += wins;
  }
}
