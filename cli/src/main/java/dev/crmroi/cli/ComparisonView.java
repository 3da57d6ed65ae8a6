package dev.crmroi.cli;

import static dev.crmroi.cli.CalcFormat.money;
import static dev.crmroi.cli.CalcFormat.months;
import static dev.crmroi.cli.CalcFormat.percent;
import static dev.crmroi.cli.CalcFormat.probability;

import dev.crmroi.core.businesscase.Comparison;
import dev.crmroi.core.businesscase.OptionAssessment;
import dev.crmroi.core.businesscase.OutcomeDistribution;
import dev.crmroi.core.businesscase.TeiFigures;
import dev.crmroi.core.businesscase.Tornado;
import dev.crmroi.core.businesscase.VendorComparisonScenario;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Prints CRM options side by side (risk-adjusted), the recommendation and each option's tornado.
 */
final class ComparisonView {
  private final CalcContext context;

  ComparisonView(CalcContext context) {
    this.context = context;
  }

  void print(VendorComparisonScenario scenario, Comparison c, List<Tornado> tornadoes) {
    if (context.json()) {
      context.write(json(scenario, c, tornadoes));
      return;
    }
    PrintWriter out = context.out();
    context.title("Vendor comparison");
    var sim = c.options().get(0).simulation();
    out.printf(
        "%d years, discount rate %s; risk-adjusted figures; ROI, NPV and payback of the base case"
            + " (every input at its median)%nMonte Carlo: %,d draws, seed %d, the same company"
            + " draws for every option%n%n",
        scenario.horizonYears(), percent(scenario.discountRate()), sim.draws(), sim.seed());
    TextTable t =
        new TextTable(
            "option",
            "ROI",
            "NPV",
            "NPV mean",
            "NPV P5",
            "NPV P50",
            "NPV P95",
            "P(NPV > 0)",
            "payback (months)");
    for (OptionAssessment o : c.options()) {
      TeiFigures base = o.baseCase().riskAdjusted();
      OutcomeDistribution npv = o.simulation().npv();
      t.row(
          o.name(),
          percent(base.roi()),
          money(base.npv()),
          money(npv.mean()),
          money(npv.p5()),
          money(npv.p50()),
          money(npv.p95()),
          probability(npv.probabilityPositive()),
          months(base.paybackMonths()));
    }
    t.print(out);
    out.println();
    TextTable roi = new TextTable("option", "ROI P5", "ROI P50", "ROI P95", "P(ROI > 0)");
    for (OptionAssessment o : c.options()) {
      OutcomeDistribution d = o.simulation().roi();
      roi.row(
          o.name(),
          percent(d.p5()),
          percent(d.p50()),
          percent(d.p95()),
          probability(d.probabilityPositive()));
    }
    roi.print(out);
    out.println();
    out.println("Recommendation: " + c.recommended().orElse("none"));
    out.println(c.reason());
    for (int i = 0; i < tornadoes.size(); i++) {
      out.println();
      out.print(c.options().get(i).name() + ". ");
      if (tornadoes.get(i).bars().isEmpty()) {
        out.println("Every input of this option is a fixed number: no tornado.");
      } else {
        UncertaintyView.printTornado(out, tornadoes.get(i), UnaryOperator.identity());
      }
    }
  }

  private Map<String, Object> json(
      VendorComparisonScenario scenario, Comparison c, List<Tornado> tornadoes) {
    Map<String, Object> root = context.jsonRoot("comparison");
    root.put("horizon_years", scenario.horizonYears());
    root.put("discount_rate", scenario.discountRate());
    List<Map<String, Object>> options = new ArrayList<>();
    for (int i = 0; i < c.options().size(); i++) {
      OptionAssessment o = c.options().get(i);
      TeiFigures base = o.baseCase().riskAdjusted();
      Map<String, Object> baseCase = new LinkedHashMap<>();
      baseCase.put("roi", base.roi());
      baseCase.put("npv", base.npv());
      baseCase.put("pv_benefits", base.pvBenefits());
      baseCase.put("pv_costs", base.pvCosts());
      baseCase.put("payback_months", CalcFormat.orNull(base.paybackMonths()));
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("name", o.name());
      m.put("base_case", baseCase);
      m.put("simulation", UncertaintyView.simulationJson(Optional.of(o.simulation())));
      m.put("tornado", UncertaintyView.tornadoJson(tornadoes.get(i)));
      options.add(m);
    }
    root.put("options", options);
    root.put("recommended", c.recommended().orElse(null));
    root.put("reason", c.reason());
    return root;
  }
}
