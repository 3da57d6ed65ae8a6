package dev.crmroi.cli;

import static dev.crmroi.cli.CalcFormat.money;
import static dev.crmroi.cli.CalcFormat.percent;
import static dev.crmroi.cli.CalcFormat.probability;
import static dev.crmroi.cli.CalcFormat.value;

import dev.crmroi.core.businesscase.OutcomeDistribution;
import dev.crmroi.core.businesscase.Simulation;
import dev.crmroi.core.businesscase.Tornado;
import dev.crmroi.core.businesscase.TornadoBar;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** The uncertainty part of a business case: Monte Carlo percentiles and the tornado. */
final class UncertaintyView {
  private UncertaintyView() {}

  /**
   * Prints the Monte Carlo table and the tornado, or says why there are none.
   *
   * @param riskAdjusted whether the model risk-adjusts (then both outcomes are shown)
   */
  static void print(
      PrintWriter out,
      Optional<Simulation> simulation,
      Tornado tornado,
      boolean riskAdjusted,
      UnaryOperator<String> label) {
    if (tornado.bars().isEmpty()) {
      out.println("Every input is a fixed number: no uncertainty to simulate. Write a range as");
      out.println("{dist: triangular, min: …, mode: …, max: …} to see P5/P50/P95 and a tornado.");
      return;
    }
    if (simulation.isEmpty()) {
      out.println("Monte Carlo: not run (--simulate 0).");
    } else {
      printSimulation(out, simulation.get(), riskAdjusted);
    }
    out.println();
    printTornado(out, tornado, label);
  }

  private static void printSimulation(PrintWriter out, Simulation s, boolean riskAdjusted) {
    out.printf("Monte Carlo: %,d draws, seed %d%n", s.draws(), s.seed());
    TextTable t = new TextTable("outcome", "P5", "P50", "P95", "mean", "P(> 0)");
    String suffix = riskAdjusted ? " (risk-adjusted)" : "";
    ratioRow(t, "ROI" + suffix, s.roi());
    moneyRow(t, "NPV" + suffix, s.npv());
    if (riskAdjusted) {
      ratioRow(t, "ROI (unadjusted)", s.roiUnadjusted());
      moneyRow(t, "NPV (unadjusted)", s.npvUnadjusted());
    }
    t.print(out);
    out.printf("P(ROI > 0) = %s%n", probability(s.roi().probabilityPositive()));
  }

  private static void ratioRow(TextTable t, String name, OutcomeDistribution d) {
    t.row(
        name,
        percent(d.p5()),
        percent(d.p50()),
        percent(d.p95()),
        percent(d.mean()),
        probability(d.probabilityPositive()));
  }

  private static void moneyRow(TextTable t, String name, OutcomeDistribution d) {
    t.row(
        name,
        money(d.p5()),
        money(d.p50()),
        money(d.p95()),
        money(d.mean()),
        probability(d.probabilityPositive()));
  }

  /**
   * Prints the tornado table.
   *
   * @param label what an input path stands for, shown instead of the path (JSON keeps the path)
   */
  static void printTornado(PrintWriter out, Tornado tornado, UnaryOperator<String> label) {
    out.printf(
        "Tornado: NPV with one input at its P10 and P90, the others at their medians (base NPV"
            + " %s)%n",
        money(tornado.baseNpv()));
    TextTable t = new TextTable("input", "P10", "P90", "NPV at P10", "NPV at P90", "swing");
    for (TornadoBar b : tornado.bars()) {
      t.row(
          label.apply(b.input()),
          value(b.lowValue()),
          value(b.highValue()),
          money(b.npvAtLow()),
          money(b.npvAtHigh()),
          money(b.swing()));
    }
    t.print(out);
  }

  /** {@code {"draws", "seed", "roi", "npv", "roi_unadjusted", "npv_unadjusted"}} or null. */
  static Map<String, Object> simulationJson(Optional<Simulation> simulation) {
    if (simulation.isEmpty()) {
      return null;
    }
    Simulation s = simulation.get();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("draws", s.draws());
    m.put("seed", s.seed());
    m.put("roi", distribution(s.roi()));
    m.put("npv", distribution(s.npv()));
    m.put("roi_unadjusted", distribution(s.roiUnadjusted()));
    m.put("npv_unadjusted", distribution(s.npvUnadjusted()));
    return m;
  }

  private static Map<String, Object> distribution(OutcomeDistribution d) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("p5", d.p5());
    m.put("p50", d.p50());
    m.put("p95", d.p95());
    m.put("mean", d.mean());
    m.put("probability_positive", d.probabilityPositive());
    return m;
  }

  /** {@code {"base_npv", "bars": [{"input", "low_value", …, "swing"}]}}. */
  static Map<String, Object> tornadoJson(Tornado tornado) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("base_npv", tornado.baseNpv());
    List<Map<String, Object>> bars =
        tornado.bars().stream()
            .map(
                b -> {
                  Map<String, Object> bar = new LinkedHashMap<>();
                  bar.put("input", b.input());
                  bar.put("low_value", b.lowValue());
                  bar.put("high_value", b.highValue());
                  bar.put("npv_at_low", b.npvAtLow());
                  bar.put("npv_at_high", b.npvAtHigh());
                  bar.put("swing", b.swing());
                  return bar;
                })
            .toList();
    m.put("bars", bars);
    return m;
  }
}
