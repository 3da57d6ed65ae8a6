package dev.crmroi.analytics.businesscase;

import java.util.List;
import java.util.Optional;

/** Suggests the known key a misspelt one was meant to be (Levenshtein distance, at most 3). */
final class Spelling {

  private static final int MAX_DISTANCE = 3;

  private Spelling() {}

  static Optional<String> closest(String typed, List<String> known) {
    String best = null;
    int bestDistance = MAX_DISTANCE + 1;
    for (String k : known) {
      int d = distance(typed.toLowerCase(java.util.Locale.ROOT), k);
      if (d < bestDistance) {
        best = k;
        bestDistance = d;
      }
    }
    return Optional.ofNullable(best);
  }

  /** Edit distance with insertions, deletions and substitutions, two rows of the DP table. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
