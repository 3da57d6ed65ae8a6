package dev.crmroi.cli;

import static dev.crmroi.cli.CalcFormat.money;
import static dev.crmroi.cli.CalcFormat.months;
import static dev.crmroi.cli.CalcFormat.percent;

import dev.crmroi.core.businesscase.Simulation;
import dev.crmroi.core.businesscase.TeiFigures;
import dev.crmroi.core.businesscase.TeiFigures.StreamFigures;
import dev.crmroi.core.businesscase.TeiResult;
import dev.crmroi.core.businesscase.TeiScenario.Flexibility;
import dev.crmroi.core.businesscase.Tornado;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prints a TEI business case: benefits by stream and costs by category, year by year, unadjusted
 * and risk-adjusted; present values, NPV, ROI, payback; flexibility listed; uncertainty.
 */
final class TeiCaseView {
  private final CalcContext context;

  TeiCaseView(CalcContext context) {
    this.context = context;
  }

  void print(TeiResult r, Optional<Simulation> simulation, Tornado tornado) {
    if (context.json()) {
      Map<String, Object> root = context.jsonRoot("tei");
      root.put("base_case", baseCase(r));
      root.put("simulation", UncertaintyView.simulationJson(simulation));
      root.put("tornado", UncertaintyView.tornadoJson(tornado));
      context.write(root);
      return;
    }
    PrintWriter out = context.out();
    context.title("TEI business case");
    out.printf(
        "%d years, discount rate %s; year 0 is the initial investment, undiscounted%n%n",
        r.years(), percent(r.discountRate()));
    TextTable benefits =
        streams("benefits", r.unadjusted().benefits(), r.riskAdjusted().benefits(), r.years(), 1);
    totals(benefits, r, true).print(out);
    out.println();
    TextTable costs =
        streams("costs", r.unadjusted().costs(), r.riskAdjusted().costs(), r.years(), 0);
    totals(costs, r, false).print(out);
    out.println();
    summary(out, r.unadjusted(), r.riskAdjusted());
    out.println();
    if (!r.flexibility().isEmpty()) {
      out.println("Flexibility (listed, not added to ROI or NPV):");
      for (Flexibility f : r.flexibility()) {
        out.printf("- %s: %s%n", f.name(), f.description());
      }
      out.println();
    }
    UncertaintyView.print(out, simulation, tornado, true, path -> label(r, path));
  }

  private static final Pattern INPUT =
      Pattern.compile(
          "tei\\.(benefits|costs)\\[(\\d+)]\\.(years|ramp_up|initial|risk_adjustment)(?:\\[(\\d+)])?");

  /** What an input path stands for: "subscription, year 2", "implementation, initial". */
  static String label(TeiResult r, String path) {
    Matcher m = INPUT.matcher(path);
    if (!m.matches()) {
      return path;
    }
    List<StreamFigures> list =
        m.group(1).equals("benefits") ? r.unadjusted().benefits() : r.unadjusted().costs();
    String name = list.get(Integer.parseInt(m.group(2))).name();
    String year = m.group(4) == null ? "" : " year " + (Integer.parseInt(m.group(4)) + 1);
    return switch (m.group(3)) {
      case "years" -> name + "," + year;
      case "ramp_up" -> name + ", ramp-up" + year;
      case "initial" -> name + ", initial";
      default -> name + ", risk adjustment";
    };
  }

  private static TextTable streams(
      String what,
      List<StreamFigures> unadjusted,
      List<StreamFigures> adjusted,
      int years,
      int firstYear) {
    List<String> header = new ArrayList<>(List.of(what, "basis"));
    for (int t = firstYear; t <= years; t++) {
      header.add(t == 0 ? "initial" : "year " + t);
    }
    header.add("present value");
    TextTable table = new TextTable(header.toArray(String[]::new));
    for (int i = 0; i < unadjusted.size(); i++) {
      StreamFigures u = unadjusted.get(i);
      StreamFigures a = adjusted.get(i);
      addRow(table, u.name(), "unadjusted", u.amounts(), u.presentValue(), firstYear);
      addRow(table, "", "risk-adjusted", a.amounts(), a.presentValue(), firstYear);
    }
    return table;
  }

  private static void addRow(
      TextTable table, String name, String basis, List<Double> amounts, double pv, int firstYear) {
    List<Object> cells = new ArrayList<>(List.of(name, basis));
    amounts.subList(firstYear, amounts.size()).forEach(a -> cells.add(money(a)));
    cells.add(money(pv));
    table.row(cells.toArray());
  }

  private static TextTable totals(TextTable table, TeiResult r, boolean benefits) {
    int first = benefits ? 1 : 0;
    String name = benefits ? "total benefits" : "total costs";
    TeiFigures u = r.unadjusted();
    TeiFigures a = r.riskAdjusted();
    double pvU = benefits ? u.pvBenefits() : u.pvCosts();
    double pvA = benefits ? a.pvBenefits() : a.pvCosts();
    addRow(table, name, "unadjusted", total(u, benefits), pvU, first);
    addRow(table, "", "risk-adjusted", total(a, benefits), pvA, first);
    return table;
  }

  private static List<Double> total(TeiFigures f, boolean benefits) {
    return benefits ? f.totalBenefits() : f.totalCosts();
  }

  private static void summary(PrintWriter out, TeiFigures u, TeiFigures a) {
    TextTable t = new TextTable("summary", "unadjusted", "risk-adjusted");
    t.row("PV of benefits", money(u.pvBenefits()), money(a.pvBenefits()));
    t.row("PV of costs", money(u.pvCosts()), money(a.pvCosts()));
    t.row("NPV", money(u.npv()), money(a.npv()));
    t.row("ROI", percent(u.roi()), percent(a.roi()));
    t.row("payback (months)", months(u.paybackMonths()), months(a.paybackMonths()));
    t.row(
        "discounted payback (months)",
        months(u.discountedPaybackMonths()),
        months(a.discountedPaybackMonths()));
    t.print(out);
  }

  static Map<String, Object> baseCase(TeiResult r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("years", r.years());
    m.put("discount_rate", r.discountRate());
    m.put("unadjusted", figures(r.unadjusted()));
    m.put("risk_adjusted", figures(r.riskAdjusted()));
    m.put(
        "flexibility",
        r.flexibility().stream()
            .map(f -> Map.of("name", f.name(), "description", f.description()))
            .toList());
    return m;
  }

  private static Map<String, Object> figures(TeiFigures f) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("benefits", f.benefits().stream().map(TeiCaseView::stream).toList());
    m.put("costs", f.costs().stream().map(TeiCaseView::stream).toList());
    m.put("total_benefits", f.totalBenefits());
    m.put("total_costs", f.totalCosts());
    m.put("net_cash_flow", f.netCashFlow());
    m.put("pv_benefits", f.pvBenefits());
    m.put("pv_costs", f.pvCosts());
    m.put("npv", f.npv());
    m.put("roi", f.roi());
    m.put("payback_months", CalcFormat.orNull(f.paybackMonths()));
    m.put("discounted_payback_months", CalcFormat.orNull(f.discountedPaybackMonths()));
    return m;
  }

  private static Map<String, Object> stream(StreamFigures s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", s.name());
    m.put("by_year", s.amounts());
    m.put("present_value", s.presentValue());
    return m;
  }
}
