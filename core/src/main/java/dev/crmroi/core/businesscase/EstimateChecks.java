package dev.crmroi.core.businesscase;

import java.util.function.BiConsumer;

/** Validation of one estimate against the range its field allows; each problem names the field. */
final class EstimateChecks {

  private EstimateChecks() {}

  static void check(
      String path, Estimate estimate, Range range, BiConsumer<String, String> problems) {
    if (estimate instanceof Estimate.Fixed f) {
      within(path, f.value(), range, problems);
    } else if (estimate instanceof Estimate.Triangular t) {
      boolean finite = within(path + ".min", t.min(), range, problems);
      finite &= within(path + ".max", t.max(), range, problems);
      finite &= finite(path + ".mode", t.mode(), problems);
      if (finite && t.min() > t.max()) {
        problems.accept(
            path + ".min",
            "must be ≤ max (" + Numbers.plain(t.max()) + ") but was " + Numbers.plain(t.min()));
      } else if (finite && (t.mode() < t.min() || t.mode() > t.max())) {
        problems.accept(
            path + ".mode",
            "must be within [min, max] = ["
                + Numbers.plain(t.min())
                + ", "
                + Numbers.plain(t.max())
                + "] but was "
                + Numbers.plain(t.mode()));
      }
    } else if (estimate instanceof Estimate.Uniform u) {
      boolean finite = within(path + ".min", u.min(), range, problems);
      finite &= within(path + ".max", u.max(), range, problems);
      if (finite && u.min() > u.max()) {
        problems.accept(
            path + ".min",
            "must be ≤ max (" + Numbers.plain(u.max()) + ") but was " + Numbers.plain(u.min()));
      }
    } else if (estimate instanceof Estimate.Normal n) {
      within(path + ".mean", n.mean(), range, problems);
      nonNegative(path + ".sd", n.sd(), problems);
    } else if (estimate instanceof Estimate.LogNormal l) {
      if (!(l.median() > 0) || !Double.isFinite(l.median())) {
        problems.accept(path + ".median", "must be > 0 but was " + Numbers.plain(l.median()));
      } else {
        within(path + ".median", l.median(), range, problems);
      }
      nonNegative(path + ".sigma", l.sigma(), problems);
    }
  }

  private static boolean within(
      String path, double value, Range range, BiConsumer<String, String> problems) {
    if (!Double.isFinite(value) || !range.contains(value)) {
      problems.accept(path, "must be " + range.describe() + " but was " + Numbers.plain(value));
      return false;
    }
    return true;
  }

  private static boolean finite(String path, double value, BiConsumer<String, String> problems) {
    if (!Double.isFinite(value)) {
      problems.accept(path, "must be a finite number but was " + value);
      return false;
    }
    return true;
  }

  private static void nonNegative(String path, double value, BiConsumer<String, String> problems) {
    if (!(value >= 0) || !Double.isFinite(value)) {
      problems.accept(path, "must be ≥ 0 but was " + Numbers.plain(value));
    }
  }
}
