package dev.crmroi.analytics.quality;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Connected components of matching pairs (union-find with path halving and union by size), each
 * with the set of reasons of the pairs inside it. Runs on the pairs SQL found, which are few.
 */
final class Components {
  private final Map<String, String> parent = new HashMap<>();
  private final Map<String, Integer> size = new HashMap<>();
  private final Map<String, TreeSet<String>> reasons = new HashMap<>();

  /** Records that {@code a} and {@code b} match for {@code reason}. */
  void link(String a, String b, String reason) {
    String ra = find(a);
    String rb = find(b);
    if (!ra.equals(rb)) {
      if (size.get(ra) < size.get(rb)) {
        String t = ra;
        ra = rb;
        rb = t;
      }
      parent.put(rb, ra);
      size.put(ra, size.get(ra) + size.get(rb));
      TreeSet<String> moved = reasons.remove(rb);
      if (moved != null) {
        reasons.computeIfAbsent(ra, k -> new TreeSet<>()).addAll(moved);
      }
    }
    reasons.computeIfAbsent(ra, k -> new TreeSet<>()).add(reason);
  }

  /** Every component: its sorted members and its reasons, ordered by first member. */
  List<Component> components() {
    Map<String, List<String>> members = new HashMap<>();
    for (String id : parent.keySet()) {
      members.computeIfAbsent(find(id), k -> new ArrayList<>()).add(id);
    }
    TreeMap<String, Component> byFirst = new TreeMap<>();
    members.forEach(
        (root, ids) -> {
          ids.sort(Comparator.naturalOrder());
          byFirst.put(ids.get(0), new Component(ids, List.copyOf(reasons.get(root))));
        });
    return List.copyOf(byFirst.values());
  }

  private String find(String id) {
    if (!parent.containsKey(id)) {
      parent.put(id, id);
      size.put(id, 1);
      return id;
    }
    String x = id;
    while (!parent.get(x).equals(x)) {
      String grand = parent.get(parent.get(x));
      parent.put(x, grand);
      x = grand;
    }
    return x;
  }

  /**
   * One component.
   *
   * @param ids the members, sorted
   * @param reasons the distinct reasons of its pairs, sorted
   */
  record Component(List<String> ids, List<String> reasons) {}
}
