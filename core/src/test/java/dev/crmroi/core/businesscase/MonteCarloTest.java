package dev.crmroi.core.businesscase;

import static dev.crmroi.core.businesscase.Estimate.fixed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.hipparchus.random.Well19937c;
import org.junit.jupiter.api.Test;

class MonteCarloTest {

  private static final int N = 200_000;

  static TeiScenario uncertain() {
    return new TeiScenario(
        0.10,
        List.of(
            new TeiScenario.BenefitStream(
                "sales",
                List.of(
                    Estimate.triangular(20_000, 60_000, 120_000),
                    Estimate.normal(90_000, 30_000),
                    Estimate.lognormal(100_000, 0.4)),
                List.of(Estimate.uniform(0.3, 0.8), fixed(1), fixed(1)),
                fixed(0.1))),
        List.of(
            new TeiScenario.CostCategory(
                "all",
                Estimate.triangular(50_000, 60_000, 90_000),
                List.of(fixed(20_000), fixed(20_000), fixed(20_000)),
                fixed(0))),
        List.of());
  }

  @Test
  void simulate_sameSeed_identicalResults() {
    SimulationSettings settings = new SimulationSettings(2_000, 42);

    assertThat(TeiModel.simulate(uncertain(), settings))
        .isEqualTo(TeiModel.simulate(uncertain(), settings));
  }

  @Test
  void simulate_otherSeed_differentDraws() {
    assertThat(TeiModel.simulate(uncertain(), new SimulationSettings(2_000, 1)).npv())
        .isNotEqualTo(TeiModel.simulate(uncertain(), new SimulationSettings(2_000, 2)).npv());
  }

  @Test
  void simulate_uncertainInputs_percentilesOrderedAroundBase() {
    Simulation s = TeiModel.simulate(uncertain(), SimulationSettings.defaults());

    assertThat(s.npv().p5()).isLessThan(s.npv().p50());
    assertThat(s.npv().p50()).isLessThan(s.npv().p95());
    assertThat(s.npv().probabilityPositive()).isStrictlyBetween(0.0, 1.0);
  }

  @Test
  void draws_triangular_meanIsThirdOfSum() {
    double[] x = draws(Estimate.triangular(2, 3, 10), Range.NON_NEGATIVE);

    assertThat(mean(x)).isCloseTo((2 + 3 + 10) / 3.0, within(0.02));
  }

  @Test
  void draws_uniform_quartilesAtQuarterPoints() {
    double[] x = draws(Estimate.uniform(10, 20), Range.NON_NEGATIVE);
    Arrays.sort(x);

    assertThat(OutcomeDistribution.percentile(x, 0.25)).isCloseTo(12.5, within(0.05));
    assertThat(OutcomeDistribution.percentile(x, 0.75)).isCloseTo(17.5, within(0.05));
  }

  @Test
  void draws_normal_meanAndSd() {
    double[] x = draws(Estimate.normal(100, 15), Range.NON_NEGATIVE);

    assertThat(mean(x)).isCloseTo(100, within(0.15));
    assertThat(sd(x)).isCloseTo(15, within(0.15));
  }

  @Test
  void draws_normalTruncatedAtZero_meanOfHalfNormal() {
    // N(0, 1) conditioned on x ≥ 0 is half-normal with mean sqrt(2/π).
    double[] x = draws(Estimate.normal(0, 1), Range.NON_NEGATIVE);

    assertThat(Arrays.stream(x).min().getAsDouble()).isGreaterThanOrEqualTo(0);
    assertThat(mean(x)).isCloseTo(Math.sqrt(2 / Math.PI), within(0.01));
  }

  @Test
  void draws_lognormal_medianAndMean() {
    double[] x = draws(Estimate.lognormal(50, 0.5), Range.NON_NEGATIVE);
    Arrays.sort(x);

    assertThat(OutcomeDistribution.percentile(x, 0.5)).isCloseTo(50, within(0.3));
    assertThat(mean(x)).isCloseTo(50 * Math.exp(0.125), within(0.3));
  }

  @Test
  void draws_normalWithinFraction_neverAboveOne() {
    double[] x = draws(Estimate.normal(0.95, 0.2), Range.FRACTION);

    assertThat(Arrays.stream(x).max().getAsDouble()).isLessThanOrEqualTo(1);
  }

  @Test
  void percentile_type7_interpolatesBetweenOrderStatistics() {
    // h = (5 − 1) × 0.3 = 1.2: 20 + 0.2 × (30 − 20) = 22.
    assertThat(OutcomeDistribution.percentile(new double[] {10, 20, 30, 40, 50}, 0.3))
        .isCloseTo(22, within(1e-12));
  }

  private static double[] draws(Estimate estimate, Range range) {
    Quantile q = Quantile.of(estimate, range);
    Well19937c random = new Well19937c(11);
    double[] x = new double[N];
    for (int i = 0; i < N; i++) {
      x[i] = q.at(MonteCarlo.openUnit(random));
    }
    return x;
  }

  private static double mean(double[] x) {
    return Arrays.stream(x).average().orElseThrow();
  }

  private static double sd(double[] x) {
    double m = mean(x);
    return Math.sqrt(Arrays.stream(x).map(v -> (v - m) * (v - m)).sum() / (x.length - 1));
  }
}
