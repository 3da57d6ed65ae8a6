package dev.crmroi.core.businesscase;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One-way sensitivity of NPV (risk-adjusted where the model risk-adjusts) to each uncertain input:
 * the input at its 10th and 90th percentile while every other input stays at its median (medians,
 * not modes, so the base case is the same for every distribution kind and matches the deterministic
 * report). Bars are ranked by swing, largest first; equal swings keep the order of the inputs in
 * the scenario. Fixed inputs get no bar.
 *
 * @param baseNpv NPV with every input at its median
 * @param bars one bar per uncertain input, largest swing first
 */
public record Tornado(double baseNpv, List<TornadoBar> bars) {

  /** Lower percentile of a bar. */
  public static final double LOW = 0.10;

  /** Upper percentile of a bar. */
  public static final double HIGH = 0.90;

  public Tornado {
    bars = List.copyOf(bars);
  }

  static Tornado of(CompiledModel model) {
    InputSpace inputs = model.inputs();
    double[] values = inputs.medians();
    double[] out = new double[CompiledModel.OUTPUTS];
    model.evaluate(values, out);
    double base = out[CompiledModel.NPV];
    List<TornadoBar> bars = new ArrayList<>();
    for (int i : inputs.uncertain()) {
      double median = values[i];
      double low = inputs.quantile(i).at(LOW);
      double high = inputs.quantile(i).at(HIGH);
      values[i] = low;
      model.evaluate(values, out);
      double npvLow = out[CompiledModel.NPV];
      values[i] = high;
      model.evaluate(values, out);
      double npvHigh = out[CompiledModel.NPV];
      values[i] = median;
      bars.add(
          new TornadoBar(inputs.path(i), low, high, npvLow, npvHigh, Math.abs(npvHigh - npvLow)));
    }
    bars.sort(Comparator.comparingDouble(TornadoBar::swing).reversed());
    return new Tornado(base, bars);
  }
}
