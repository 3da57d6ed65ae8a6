package dev.crmroi.generator;

import java.util.ArrayList;
import java.util.List;

/**
 * Every data-quality problem the generator injected, so a quality audit can be scored against it.
 * Rows are chosen by counting, not by drawing, so dirt never touches the model's random streams and
 * a clean and a dirty run hold the same business history.
 */
final class DirtLog {

  private final boolean enabled;
  final List<Truth.Duplicate> exactDuplicates = new ArrayList<>();
  final List<Truth.Duplicate> fuzzyDuplicates = new ArrayList<>();
  final List<Truth.BadValue> missingValues = new ArrayList<>();
  final List<Truth.BadValue> invalidValues = new ArrayList<>();
  final List<Truth.BadValue> suspiciousValues = new ArrayList<>();

  DirtLog(boolean enabled) {
    this.enabled = enabled;
  }

  boolean enabled() {
    return enabled;
  }

  /** Picks eligible row number {@code first}, then every {@code period}-th; never when clean. */
  Picker every(int period, int first) {
    return new Picker(enabled ? period : 0, first);
  }

  void missing(String table, String id, String column) {
    missingValues.add(new Truth.BadValue(table, id, column, "", "missing value"));
  }

  void invalid(String table, String id, String column, String value, String reason) {
    invalidValues.add(new Truth.BadValue(table, id, column, value, reason));
  }

  void suspicious(String table, String id, String column, String value, String reason) {
    suspiciousValues.add(new Truth.BadValue(table, id, column, value, reason));
  }

  Truth.Dirt toTruth() {
    return new Truth.Dirt(
        enabled,
        List.copyOf(exactDuplicates),
        List.copyOf(fuzzyDuplicates),
        List.copyOf(missingValues),
        List.copyOf(invalidValues),
        List.copyOf(suspiciousValues));
  }

  /** A counter that says yes once every period calls. */
  static final class Picker {
    private final int period;
    private final int first;
    private long count;

    Picker(int period, int first) {
      this.period = period;
      this.first = first;
    }

    boolean next() {
      if (period <= 0) {
        return false;
      }
      count++;
      return count >= first && (count - first) % period == 0;
    }
  }
}
