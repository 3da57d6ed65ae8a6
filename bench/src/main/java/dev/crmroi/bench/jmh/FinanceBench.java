package dev.crmroi.bench.jmh;

import dev.crmroi.core.finance.DatedCashFlow;
import dev.crmroi.core.finance.PresentValue;
import dev.crmroi.core.finance.RateOfReturn;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * XIRR, IRR, NPV and XNPV on the cash-flow shapes a CRM business case produces: a 36-month project
 * (an up-front investment, then monthly net benefit that ramps up) as dated and as periodic flows,
 * and an irregular schedule of 200 invoices and payments over five years. The root finder scans a
 * fixed rate grid, so its cost grows with the number of flows, not with how far the rate lies.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class FinanceBench {

  private static final LocalDate START = LocalDate.of(2024, 1, 15);
  private static final double MONTHLY_RATE = Math.pow(1.10, 1.0 / 12) - 1;

  private List<DatedCashFlow> monthly36;
  private List<DatedCashFlow> irregular200;
  private double[] periodic37;

  @Setup
  public void setUp() {
    periodic37 = projectFlows();
    monthly36 = new ArrayList<>();
    for (int m = 0; m < periodic37.length; m++) {
      monthly36.add(new DatedCashFlow(START.plusMonths(m), periodic37[m]));
    }
    irregular200 = irregularSchedule(200, new SplittableRandom(20240115));
    // Fail at set-up, not in the middle of a measurement, if a schedule has no unique rate.
    RateOfReturn.xirr(monthly36);
    RateOfReturn.xirr(irregular200);
    RateOfReturn.irr(periodic37);
  }

  /** XIRR of the 36-month project, 37 dated flows (investment plus 36 months). */
  @Benchmark
  public double xirrMonthly36() {
    return RateOfReturn.xirr(monthly36);
  }

  /** XIRR of 200 flows on irregular dates. */
  @Benchmark
  public double xirrIrregular200() {
    return RateOfReturn.xirr(irregular200);
  }

  /** IRR of the same project as periodic flows: per month, no day count. */
  @Benchmark
  public double irrMonthly36() {
    return RateOfReturn.irr(periodic37);
  }

  /** NPV of the project at 10% a year, compounded monthly. */
  @Benchmark
  public double npvMonthly36() {
    return PresentValue.npv(MONTHLY_RATE, periodic37);
  }

  /** XNPV of the irregular schedule at 10% a year. */
  @Benchmark
  public double xnpvIrregular200() {
    return PresentValue.xnpv(0.10, irregular200);
  }

  /** −250k up front, then net benefit ramping from −8k to +18k a month over 36 months. */
  private static double[] projectFlows() {
    double[] flows = new double[37];
    flows[0] = -250_000;
    for (int m = 1; m < flows.length; m++) {
      double ramp = Math.min(1, m / 12.0);
      flows[m] = -8_000 + 26_000 * ramp + 1_500 * Math.sin(2 * Math.PI * m / 12);
    }
    return flows;
  }

  /**
   * An investment on the first date, then costs (a quarter of the flows) and larger receipts on
   * random later days within five years, in date order as a ledger export would list them.
   */
  private static List<DatedCashFlow> irregularSchedule(int count, SplittableRandom random) {
    List<DatedCashFlow> later = new ArrayList<>();
    for (int i = 1; i < count; i++) {
      LocalDate date = START.plusDays(1 + random.nextInt(5 * 365));
      double amount =
          random.nextDouble() < 0.25
              ? -random.nextDouble(500, 6_000)
              : random.nextDouble(1_000, 9_000);
      later.add(new DatedCashFlow(date, amount));
    }
    later.sort(Comparator.comparing(DatedCashFlow::date));
    List<DatedCashFlow> flows = new ArrayList<>();
    flows.add(new DatedCashFlow(START, -400_000));
    flows.addAll(later);
    return List.copyOf(flows);
  }
}
