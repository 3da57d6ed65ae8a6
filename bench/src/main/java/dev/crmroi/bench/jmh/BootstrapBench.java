package dev.crmroi.bench.jmh;

import dev.crmroi.core.causal.BootstrapSettings;
import dev.crmroi.core.causal.CallawaySantAnna;
import dev.crmroi.core.causal.DerivedQuantity;
import dev.crmroi.core.causal.DidResult;
import dev.crmroi.core.causal.InterruptedTimeSeries;
import dev.crmroi.core.causal.ItsOptions;
import dev.crmroi.core.causal.ItsResult;
import dev.crmroi.core.causal.Panel;
import dev.crmroi.core.causal.RoiQuantities;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The measured-ROI estimators with their bootstraps on the five-region panel of {@link
 * RolloutPanel}: Callaway–Sant'Anna with the cluster bootstrap over units, and the interrupted time
 * series with the moving-block residual bootstrap. {@code quantities=money} adds ROI, NPV, IRR and
 * payback inside every replicate, as {@code MeasuredRoi} does for the total; {@code none} is what
 * it runs for each benefit stream. The ITS pre-period fit (package-private in core) is part of
 * {@code its}; run with {@code -p replicates=99} to see how much of the time is fixed cost.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class BootstrapBench {

  /** Bootstrap replicates; 999 is the product's default. */
  @Param({"999"})
  public int replicates;

  /** Quantities derived in every replicate: {@code none} or {@code money}. */
  @Param({"none", "money"})
  public String quantities;

  private Panel panel;
  private BootstrapSettings bootstrap;
  private List<DerivedQuantity> derived;

  @Setup
  public void setUp() {
    panel = RolloutPanel.generate(2022);
    bootstrap = new BootstrapSettings(replicates, 7);
    derived =
        switch (quantities) {
          case "none" -> List.of();
          case "money" -> money();
          default ->
              throw new IllegalArgumentException(
                  "quantities must be none or money but was " + quantities);
        };
  }

  /** Staggered difference-in-differences with its cluster bootstrap. */
  @Benchmark
  public DidResult did() {
    return CallawaySantAnna.estimate(panel, bootstrap, derived);
  }

  /** Interrupted time series per treated region with its moving-block bootstrap. */
  @Benchmark
  public ItsResult its() {
    return InterruptedTimeSeries.estimate(panel, ItsOptions.defaults(), bootstrap, derived);
  }

  /** 300k implementation in January 2023, then 25k a month to the end of the panel. */
  private static List<DerivedQuantity> money() {
    YearMonth costStart = YearMonth.of(2023, 1);
    YearMonth end = RolloutPanel.FIRST_MONTH.plusMonths(RolloutPanel.MONTHS);
    double[] costs = new double[(int) costStart.until(end, ChronoUnit.MONTHS)];
    Arrays.fill(costs, 25_000);
    costs[0] += 300_000;
    RoiQuantities money = RoiQuantities.against(costStart, costs);
    double monthlyRate = Math.pow(1.10, 1.0 / 12) - 1;
    return List.of(money.roi(), money.npv(monthlyRate), money.irr(), money.paybackMonths());
  }
}
