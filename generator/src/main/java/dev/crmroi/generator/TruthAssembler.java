package dev.crmroi.generator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns the effect ledger, the cost totals and the dirt log into the public {@link Truth}. */
final class TruthAssembler {

  private final GeneratorSpec spec;
  private final EffectLedger ledger;
  private final Map<String, Double> costs;
  private final List<Truth.Event> events;
  private final Map<String, Long> rows;
  private final DirtLog dirt;

  TruthAssembler(
      GeneratorSpec spec,
      EffectLedger ledger,
      Map<String, Double> costs,
      List<Truth.Event> events,
      Map<String, Long> rows,
      DirtLog dirt) {
    this.spec = spec;
    this.ledger = ledger;
    this.costs = costs;
    this.events = events;
    this.rows = rows;
    this.dirt = dirt;
  }

  Truth assemble() {
    Map<String, String> goLive = new LinkedHashMap<>();
    List<String> controls = new ArrayList<>();
    for (Unit u : Unit.ALL) {
      if (u.goLive().isPresent()) {
        goLive.put(u.name(), u.goLive().get().atDay(1).toString());
      } else {
        controls.add(u.name());
      }
    }
    Map<String, Map<String, Double>> effects = new LinkedHashMap<>();
    Map<String, Map<String, Map<String, Double>>> monthly = new LinkedHashMap<>();
    Map<String, Double> byStream = new LinkedHashMap<>();
    double benefit = 0;
    for (int s = 0; s < EffectLedger.STREAMS.length; s++) {
      Map<String, Double> perUnit = new LinkedHashMap<>();
      Map<String, Map<String, Double>> perUnitMonth = new LinkedHashMap<>();
      double streamTotal = 0;
      for (Unit u : Unit.ALL) {
        double[] values = new double[Timeline.MONTHS];
        for (int m = 0; m < Timeline.MONTHS; m++) {
          values[m] = cents(ledger.value(s, u.index(), m));
        }
        double unitTotal = cents(sum(values));
        perUnit.put(u.name(), unitTotal);
        perUnitMonth.put(u.name(), months(values));
        streamTotal += unitTotal;
      }
      effects.put(EffectLedger.STREAMS[s], perUnit);
      monthly.put(EffectLedger.STREAMS[s], perUnitMonth);
      byStream.put(EffectLedger.STREAMS[s], cents(streamTotal));
      benefit += streamTotal;
    }
    Map<String, Double> costByCategory = new LinkedHashMap<>();
    double cost = 0;
    for (Map.Entry<String, Double> e : costs.entrySet()) {
      costByCategory.put(e.getKey(), cents(e.getValue()));
      cost += cents(e.getValue());
    }
    benefit = cents(benefit);
    cost = cents(cost);
    return new Truth(
        spec.seed(),
        spec.scale().label(),
        spec.effectScale(),
        "USD",
        Timeline.FIRST_MONTH.atDay(1).toString(),
        Timeline.LAST_MONTH.atEndOfMonth().toString(),
        goLive,
        controls,
        effects,
        monthly,
        avoidedChurn(),
        StreamDefinitions.ALL,
        StreamDefinitions.parameters(),
        byStream,
        benefit,
        cost,
        costByCategory,
        (benefit - cost) / cost,
        events,
        rows,
        dirt.toTruth());
  }

  private Map<String, Double> avoidedChurn() {
    Map<String, Double> out = new LinkedHashMap<>();
    for (Unit u : Unit.ALL) {
      double total = 0;
      for (int m = 0; m < Timeline.MONTHS; m++) {
        total += ledger.avoidedChurnedMrr(u.index(), m);
      }
      out.put(u.name(), cents(total));
    }
    return out;
  }

  /** Only the months with an effect, so the file stays readable. */
  private static Map<String, Double> months(double[] values) {
    Map<String, Double> out = new LinkedHashMap<>();
    for (int m = 0; m < values.length; m++) {
      if (values[m] != 0) {
        out.put(Timeline.month(m).toString(), values[m]);
      }
    }
    return out;
  }

  private static double sum(double[] values) {
    double s = 0;
    for (double v : values) {
      s += v;
    }
    return s;
  }

  static double cents(double v) {
    return Math.round(v * 100) / 100.0;
  }
}
