package dev.crmroi.analytics.tco;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The total cost of ownership over a window: every charge, and its sums by category, month and
 * year.
 *
 * @param from first day of the window
 * @param to last day of the window
 * @param currency the reporting currency
 * @param charges every charge in the window, in date order
 */
public record Tco(LocalDate from, LocalDate to, String currency, List<TcoCharge> charges) {

  public Tco {
    charges = List.copyOf(charges);
  }

  /** The sum of every charge. */
  public double total() {
    return charges.stream().mapToDouble(TcoCharge::amount).sum();
  }

  /** Sum per category, categories in alphabetical order. */
  public Map<String, Double> byCategory() {
    return charges.stream()
        .collect(
            Collectors.groupingBy(
                TcoCharge::category, TreeMap::new, Collectors.summingDouble(TcoCharge::amount)));
  }

  /** Sum per calendar month, every month of the window present (zero where nothing is due). */
  public Map<YearMonth, Double> byMonth() {
    Map<YearMonth, Double> out = new TreeMap<>();
    for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
      out.put(m, 0.0);
    }
    charges.forEach(c -> out.merge(YearMonth.from(c.chargedOn()), c.amount(), Double::sum));
    return out;
  }

  /** Sum per calendar year and category. */
  public Map<Integer, Map<String, Double>> byYearAndCategory() {
    Map<Integer, Map<String, Double>> out = new TreeMap<>();
    for (TcoCharge c : charges) {
      out.computeIfAbsent(c.chargedOn().getYear(), y -> new TreeMap<>())
          .merge(c.category(), c.amount(), Double::sum);
    }
    return out;
  }
}
