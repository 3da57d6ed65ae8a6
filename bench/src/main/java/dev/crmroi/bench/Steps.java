package dev.crmroi.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The measured runs of every step and tool, in the order they were first measured. */
final class Steps {
  private final int runs;
  private final Map<String, Map<String, List<Measured>>> byStep = new LinkedHashMap<>();

  Steps(int runs) {
    this.runs = runs;
  }

  void add(String step, String tool, Measured m) {
    byStep
        .computeIfAbsent(step, s -> new LinkedHashMap<>())
        .computeIfAbsent(tool, t -> new ArrayList<>())
        .add(m);
  }

  int runs() {
    return runs;
  }

  List<String> steps() {
    return List.copyOf(byStep.keySet());
  }

  /** Median seconds of {@code tool} on {@code step}, NaN when not measured. */
  double seconds(String step, String tool) {
    List<Measured> ms = byStep.getOrDefault(step, Map.of()).getOrDefault(tool, List.of());
    if (ms.isEmpty()) {
      return Double.NaN;
    }
    List<Double> s = new ArrayList<>(ms.stream().map(Measured::seconds).sorted().toList());
    int n = s.size();
    return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
  }

  /** The highest peak RSS of {@code tool} on {@code step} over the runs, NaN when not measured. */
  double peakRssMb(String step, String tool) {
    return byStep.getOrDefault(step, Map.of()).getOrDefault(tool, List.of()).stream()
        .mapToDouble(Measured::peakRssMb)
        .filter(v -> !Double.isNaN(v))
        .max()
        .orElse(Double.NaN);
  }
}
