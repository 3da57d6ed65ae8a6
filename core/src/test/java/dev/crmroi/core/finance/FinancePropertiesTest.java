package dev.crmroi.core.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

class FinancePropertiesTest {

  private static final LocalDate START = LocalDate.of(2001, 1, 1);

  @Property
  void xirr_yearlyDatesEvery365Days_equalsIrr(@ForAll("conventional") double[] flows) {
    List<DatedCashFlow> dated = new ArrayList<>();
    for (int t = 0; t < flows.length; t++) {
      dated.add(new DatedCashFlow(START.plusDays(365L * t), flows[t]));
    }

    double irr = RateOfReturn.irr(flows);

    assertThat(RateOfReturn.xirr(dated)).isCloseTo(irr, within(1e-9 * Math.max(1, Math.abs(irr))));
  }

  @Property
  void npv_atIrr_isZeroRelativeToLargestFlow(@ForAll("conventional") double[] flows) {
    double irr = RateOfReturn.irr(flows);

    assertThat(PresentValue.npv(irr, flows)).isCloseTo(0, within(1e-9 * largest(flows)));
  }

  @Property
  void irr_anyStream_failsLoudlyOrReturnsATrueRoot(@ForAll("mixed") double[] flows) {
    double irr;
    try {
      irr = RateOfReturn.irr(flows);
    } catch (FinanceException e) {
      assertThat(e.getMessage()).containsAnyOf("sign change", "not unique", "cannot be bracketed");
      return;
    }
    double scale = 0;
    for (int t = 0; t < flows.length; t++) {
      scale += Math.abs(flows[t]) / Math.pow(1 + irr, t);
    }
    assertThat(irr).isGreaterThan(-1);
    assertThat(PresentValue.npv(irr, flows)).isCloseTo(0, within(1e-9 * scale));
  }

  @Property
  void npv_conventionalStream_decreasesWithRate(
      @ForAll("conventional") double[] flows,
      @ForAll @DoubleRange(min = -0.5, max = 1) double rate,
      @ForAll @DoubleRange(min = 0.01, max = 1) double increase) {
    assertThat(PresentValue.npv(rate, flows))
        .isGreaterThan(PresentValue.npv(rate + increase, flows));
  }

  @Property
  void xirr_randomDatedStream_xnpvBelowMillionthOfLargestFlow(
      @ForAll("conventional") double[] flows, @ForAll @IntRange(min = 60, max = 400) int gapDays) {
    // Gaps of days annualise to rates beyond the scanned 999999; those are reported, not solved.
    List<DatedCashFlow> dated = new ArrayList<>();
    for (int i = 0; i < flows.length; i++) {
      dated.add(new DatedCashFlow(START.plusDays((long) gapDays * i + i * i), flows[i]));
    }

    double rate = RateOfReturn.xirr(dated);

    assertThat(Math.abs(PresentValue.xnpv(rate, dated))).isLessThan(1e-6 * largest(flows));
  }

  @Property
  void payback_anyStreamStartingWithOutflow_agreesWithCumulativeSum(
      @ForAll("startsNegative") double[] flows) {
    double[] cumulative = cumulative(flows);
    OptionalDouble payback = Payback.periods(flows);

    if (payback.isEmpty()) {
      assertThat(java.util.Arrays.stream(cumulative).max().getAsDouble()).isNegative();
      return;
    }
    double p = payback.getAsDouble();
    int whole = (int) Math.ceil(p);
    // A crossing a few ulps past a period end may round to that end, where the sum is -1e-16.
    double roundingSlack = 1e-12 * largest(flows) * flows.length;
    assertThat(cumulative[whole]).isGreaterThanOrEqualTo(-roundingSlack);
    for (int t = 0; t < whole; t++) {
      assertThat(cumulative[t]).as("cumulative at %d before payback %s", t, p).isNegative();
    }
    int before = whole - 1;
    double interpolated = cumulative[before] + (p - before) * flows[whole];
    assertThat(interpolated).isCloseTo(0, within(roundingSlack));
  }

  @Property
  void discountedPayback_positiveRate_isNoEarlierThanPayback(
      @ForAll("startsNegative") double[] flows,
      @ForAll @DoubleRange(min = 0, max = 0.05) double monthlyRate) {
    OptionalDouble discounted = Payback.discountedPeriods(monthlyRate, flows);

    if (discounted.isPresent()) {
      assertThat(Payback.periods(flows)).isPresent();
      assertThat(discounted.getAsDouble())
          .isGreaterThanOrEqualTo(Payback.periods(flows).getAsDouble() - 1e-12);
    }
  }

  @Provide
  Arbitrary<double[]> conventional() {
    Arbitrary<List<Double>> inflows =
        Arbitraries.doubles().between(1, 1000).list().ofMinSize(1).ofMaxSize(30);
    Arbitrary<Double> outflowToInflows = Arbitraries.doubles().between(0.3, 3);
    return Combinators.combine(inflows, outflowToInflows)
        .as(
            (in, factor) -> {
              double[] flows = new double[in.size() + 1];
              double total = 0;
              for (int i = 0; i < in.size(); i++) {
                flows[i + 1] = in.get(i);
                total += in.get(i);
              }
              flows[0] = -factor * total;
              return flows;
            });
  }

  @Provide
  Arbitrary<double[]> mixed() {
    return Arbitraries.doubles()
        .between(-1000, 1000)
        .list()
        .ofMinSize(1)
        .ofMaxSize(24)
        .map(list -> list.stream().mapToDouble(Double::doubleValue).toArray());
  }

  @Provide
  Arbitrary<double[]> startsNegative() {
    Arbitrary<Double> first = Arbitraries.doubles().between(-5000, -1);
    Arbitrary<List<Double>> rest =
        Arbitraries.doubles().between(-500, 1000).list().ofMinSize(0).ofMaxSize(40);
    return Combinators.combine(first, rest)
        .as(
            (f, r) -> {
              double[] flows = new double[r.size() + 1];
              flows[0] = f;
              for (int i = 0; i < r.size(); i++) {
                flows[i + 1] = r.get(i);
              }
              return flows;
            });
  }

  private static double[] cumulative(double[] flows) {
    double[] sums = new double[flows.length];
    double sum = 0;
    for (int t = 0; t < flows.length; t++) {
      sum += flows[t];
      sums[t] = sum;
    }
    return sums;
  }

  private static double largest(double[] flows) {
    double largest = 0;
    for (double f : flows) {
      largest = Math.max(largest, Math.abs(f));
    }
    return largest;
  }
}
