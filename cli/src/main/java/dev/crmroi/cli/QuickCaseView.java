package dev.crmroi.cli;

import static dev.crmroi.cli.CalcFormat.money;
import static dev.crmroi.cli.CalcFormat.months;
import static dev.crmroi.cli.CalcFormat.percent;

import dev.crmroi.core.businesscase.QuickResult;
import dev.crmroi.core.businesscase.QuickScenario;
import dev.crmroi.core.businesscase.Simulation;
import dev.crmroi.core.businesscase.Tornado;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** Prints a quick calculation: monthly gain by source, cost, ROI, payback, NPV, uncertainty. */
final class QuickCaseView {
  private final CalcContext context;

  QuickCaseView(CalcContext context) {
    this.context = context;
  }

  void print(
      QuickScenario scenario, QuickResult r, Optional<Simulation> simulation, Tornado tornado) {
    if (context.json()) {
      Map<String, Object> root = context.jsonRoot("quick");
      root.put("base_case", baseCase(scenario, r));
      root.put("simulation", UncertaintyView.simulationJson(simulation));
      root.put("tornado", UncertaintyView.tornadoJson(tornado));
      context.write(root);
      return;
    }
    var out = context.out();
    context.title("Quick business case");
    TextTable gain = new TextTable("per month", "amount");
    gain.row("more deals (win-rate uplift)", money(r.moreDeals()));
    gain.row("bigger deals (deal-size uplift)", money(r.biggerDeals()));
    gain.row("cross- and up-sell", money(r.crossSell()));
    gain.row("time saved (assumption)", money(r.timeSaved()));
    gain.row("monthly gain", money(r.monthlyGain()));
    gain.row("monthly cost (seats + other)", money(r.monthlyCost()));
    gain.row("monthly net", money(r.monthlyNet()));
    gain.print(out);
    out.println();
    TextTable result = new TextTable("result", "value");
    result.row("one-off costs", money(r.oneOffCosts()));
    result.row("first-year ROI", percent(r.annualRoi()));
    result.row("payback (months)", months(r.paybackMonths()));
    result.row(
        "NPV over "
            + scenario.horizonMonths()
            + " months at "
            + percent(scenario.discountRate())
            + " a year",
        money(r.npv()));
    result.print(out);
    out.println();
    out.println(
        "Time saved is a productivity assumption, not cash, and counts twice if the freed time is"
            + " what wins the extra deals.");
    out.println();
    UncertaintyView.print(out, simulation, tornado, false, UnaryOperator.identity());
  }

  private static Map<String, Object> baseCase(QuickScenario s, QuickResult r) {
    Map<String, Object> gain = new LinkedHashMap<>();
    gain.put("more_deals", r.moreDeals());
    gain.put("bigger_deals", r.biggerDeals());
    gain.put("cross_sell", r.crossSell());
    gain.put("time_saved", r.timeSaved());
    gain.put("total", r.monthlyGain());
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("monthly_gain", gain);
    m.put("monthly_cost", r.monthlyCost());
    m.put("monthly_net", r.monthlyNet());
    m.put("one_off_costs", r.oneOffCosts());
    m.put("annual_roi", r.annualRoi());
    m.put("payback_months", CalcFormat.orNull(r.paybackMonths()));
    m.put("npv", r.npv());
    m.put("horizon_months", s.horizonMonths());
    m.put("discount_rate", s.discountRate());
    return m;
  }
}
