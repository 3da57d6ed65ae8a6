package dev.crmroi.analytics.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.crmroi.core.kpi.KpiValue;
import java.util.List;
import java.util.OptionalDouble;

/** Asserts that two engines gave the same KPI values, up to the order of floating-point sums. */
final class SameValues {
  private SameValues() {}

  static void assertSame(String what, List<KpiValue> actual, List<KpiValue> expected) {
    assertThat(actual.stream().map(KpiValue::slice).toList())
        .as(what + " slices")
        .isEqualTo(expected.stream().map(KpiValue::slice).toList());
    for (int i = 0; i < expected.size(); i++) {
      KpiValue a = actual.get(i);
      KpiValue e = expected.get(i);
      String at = what + " " + e.slice();
      assertThat(a.n()).as(at + " n").isEqualTo(e.n());
      assertThat(a.reason()).as(at + " reason").isEqualTo(e.reason());
      close(at + " value", a.value(), e.value());
      close(at + " numerator", a.numerator(), e.numerator());
      close(at + " denominator", a.denominator(), e.denominator());
      assertThat(a.extras().keySet()).as(at + " extras").isEqualTo(e.extras().keySet());
      e.extras()
          .forEach(
              (k, v) -> assertThat(a.extras().get(k)).as(at + " " + k).isCloseTo(v, tolerance(v)));
    }
  }

  private static void close(String what, OptionalDouble actual, OptionalDouble expected) {
    assertThat(actual.isPresent()).as(what + " present").isEqualTo(expected.isPresent());
    if (expected.isPresent()) {
      double e = expected.getAsDouble();
      assertThat(actual.getAsDouble()).as(what).isCloseTo(e, tolerance(e));
    }
  }

  private static org.assertj.core.data.Offset<Double> tolerance(double expected) {
    return within(1e-9 * Math.max(1, Math.abs(expected)));
  }
}
