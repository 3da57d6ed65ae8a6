package dev.crmroi.core.businesscase;

import org.hipparchus.random.RandomGenerator;
import org.hipparchus.random.Well19937c;

/**
 * Seeded Monte Carlo over a compiled model: in each draw every uncertain input, in registration
 * order, gets Q(U) with U uniform on the open interval (0, 1) from one Well19937c generator
 * (Panneton, L'Ecuyer &amp; Matsumoto 2006); fixed inputs stay at their value. Inputs are drawn
 * independently. The loop reuses its arrays and allocates nothing per draw.
 */
final class MonteCarlo {

  private MonteCarlo() {}

  static Simulation run(CompiledModel model, SimulationSettings settings) {
    InputSpace inputs = model.inputs();
    int[] uncertain = inputs.uncertain();
    Quantile[] quantiles = new Quantile[uncertain.length];
    for (int k = 0; k < uncertain.length; k++) {
      quantiles[k] = inputs.quantile(uncertain[k]);
    }
    double[] values = inputs.medians();
    double[] out = new double[CompiledModel.OUTPUTS];
    double[][] samples = new double[CompiledModel.OUTPUTS][settings.draws()];
    RandomGenerator random = new Well19937c(settings.seed());
    for (int d = 0; d < settings.draws(); d++) {
      for (int k = 0; k < uncertain.length; k++) {
        values[uncertain[k]] = quantiles[k].at(openUnit(random));
      }
      model.evaluate(values, out);
      for (int j = 0; j < out.length; j++) {
        samples[j][d] = out[j];
      }
    }
    return new Simulation(
        settings.draws(),
        settings.seed(),
        OutcomeDistribution.of(samples[CompiledModel.ROI]),
        OutcomeDistribution.of(samples[CompiledModel.NPV]),
        OutcomeDistribution.of(samples[CompiledModel.ROI_UNADJUSTED]),
        OutcomeDistribution.of(samples[CompiledModel.NPV_UNADJUSTED]));
  }

  /** (k + ½) / 2⁵³ for a random 53-bit k: never 0 or 1, where normal quantiles are infinite. */
  static double openUnit(RandomGenerator random) {
    return ((random.nextLong() >>> 11) + 0.5) * 0x1.0p-53;
  }
}
