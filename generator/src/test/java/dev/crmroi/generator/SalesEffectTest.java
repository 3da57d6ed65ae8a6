package dev.crmroi.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The injected sales effect must be visible in the data, not only in the truth: with common random
 * numbers, the run with the effect differs from the run without it only after go-live.
 */
class SalesEffectTest {

  private static final GeneratorSpec WITH = GeneratorSpec.defaults(5).withDirt(false);
  private static final GeneratorSpec WITHOUT = WITH.withEffectScale(0);

  @Test
  void generate_effectOnVsOff_samePrePeriodWonGrossProfit() {
    double[] with = wonGrossProfitUsd(Generated.of(WITH));
    double[] without = wonGrossProfitUsd(Generated.of(WITHOUT));
    assertThat(with[0]).isPositive().isEqualTo(without[0]);
  }

  @Test
  void generate_effectOnVsOff_postGoLiveGainNearTruth() {
    Generated.Run run = Generated.of(WITH);
    double[] with = wonGrossProfitUsd(run);
    double[] without = wonGrossProfitUsd(Generated.of(WITHOUT));
    double truth = run.truth().benefitByStream().get("sales_effectiveness");
    double gain = with[1] - without[1];
    assertThat(gain).isBetween(0.5 * truth, 1.5 * truth);
  }

  @Test
  void generate_effectOn_treatedWinRateRisesMoreThanControl() {
    double[] with = winRates(Generated.of(WITH));
    double[] without = winRates(Generated.of(WITHOUT));
    // Same deals, same draws: only the CRM effect can lift post-go-live wins.
    assertThat(with[1]).isGreaterThan(without[1] + 0.01);
    assertThat(with[0]).isEqualTo(without[0]);
  }

  /** Won gross profit in treated units of core products: [pre go-live, post go-live]. */
  private static double[] wonGrossProfitUsd(Generated.Run run) {
    Path dir = run.dir();
    Map<String, String> region = regions(dir);
    Map<String, Double> fx = fx(dir);
    CsvTable o = CsvTable.read(dir, "opportunities");
    double[] out = new double[2];
    for (var r : o.rows) {
      String goLive = run.truth().goLive().get(region.get(o.get(r, "account_id")));
      if (goLive == null
          || !o.get(r, "stage").equals("won")
          || o.get(r, "product_line").equals("insights")) {
        continue;
      }
      String currency = o.get(r, "currency");
      String closed = o.get(r, "closed_at");
      double rate = currency.equals("USD") ? 1 : fx.get(currency + closed.substring(0, 7));
      double gp =
          (Double.parseDouble(o.get(r, "amount")) - Double.parseDouble(o.get(r, "cost_of_sale")))
              * rate;
      out[o.get(r, "created_at").compareTo(goLive) >= 0 ? 1 : 0] += gp;
    }
    return out;
  }

  /** Win rate of closed core deals in treated units: [pre go-live, post go-live]. */
  private static double[] winRates(Generated.Run run) {
    Map<String, String> region = regions(run.dir());
    CsvTable o = CsvTable.read(run.dir(), "opportunities");
    double[] won = new double[2];
    double[] closed = new double[2];
    for (var r : o.rows) {
      String goLive = run.truth().goLive().get(region.get(o.get(r, "account_id")));
      String stage = o.get(r, "stage");
      if (goLive == null || stage.equals("open") || o.get(r, "product_line").equals("insights")) {
        continue;
      }
      int post = o.get(r, "created_at").compareTo(goLive) >= 0 ? 1 : 0;
      closed[post]++;
      won[post] += stage.equals("won") ? 1 : 0;
    }
    return new double[] {won[0] / closed[0], won[1] / closed[1]};
  }

  private static Map<String, String> regions(Path dir) {
    CsvTable a = CsvTable.read(dir, "accounts");
    Map<String, String> out = new HashMap<>();
    a.rows.forEach(r -> out.put(r.get(0), a.get(r, "region")));
    return out;
  }

  private static Map<String, Double> fx(Path dir) {
    CsvTable f = CsvTable.read(dir, "fx_rates");
    Map<String, Double> out = new HashMap<>();
    f.rows.forEach(r -> out.put(r.get(1) + r.get(0).substring(0, 7), Double.parseDouble(r.get(2))));
    return out;
  }
}
