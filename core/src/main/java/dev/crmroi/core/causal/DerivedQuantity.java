package dev.crmroi.core.causal;

import java.util.function.ToDoubleFunction;

/**
 * A number computed from a monthly incremental series (ROI, NPV, IRR, payback…), evaluated on the
 * estimate and inside every bootstrap replicate so that it gets an interval too.
 *
 * <p>The function may throw an {@link IllegalArgumentException} (such as {@link
 * dev.crmroi.core.finance.FinanceException} for an IRR without a sign change) or return NaN when
 * the quantity does not exist for a replicate; such replicates are counted and reported, never
 * crash the run.
 */
public interface DerivedQuantity {

  /** Name shown in reports, e.g. "npv". */
  String name();

  /** The quantity for one incremental series. */
  double of(IncrementalSeries series);

  /** A named quantity from a function. */
  static DerivedQuantity of(String name, ToDoubleFunction<IncrementalSeries> function) {
    return new DerivedQuantity() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public double of(IncrementalSeries series) {
        return function.applyAsDouble(series);
      }
    };
  }
}
