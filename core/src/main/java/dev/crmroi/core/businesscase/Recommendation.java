package dev.crmroi.core.businesscase;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The recommendation rule of {@link VendorComparison}, with its reason in words. */
final class Recommendation {

  private Recommendation() {}

  static Comparison of(List<OptionAssessment> options) {
    List<OptionAssessment> candidates =
        options.stream().filter(o -> o.simulation().npv().mean() > 0).toList();
    if (candidates.isEmpty()) {
      OptionAssessment least =
          options.stream().max(Comparator.comparingDouble(Recommendation::mean)).orElseThrow();
      return new Comparison(
          options,
          Optional.empty(),
          "None pays back: no option has a positive expected NPV; the least bad is "
              + least.name()
              + " at "
              + Numbers.money(mean(least))
              + ". Keep the current set-up or revisit the assumptions.");
    }
    Comparator<OptionAssessment> order =
        Comparator.comparingDouble(Recommendation::score)
            .thenComparingDouble(Recommendation::mean)
            .thenComparingDouble(o -> o.simulation().npv().probabilityPositive());
    OptionAssessment chosen = candidates.get(0);
    for (OptionAssessment o : candidates) {
      if (order.compare(o, chosen) > 0) {
        chosen = o;
      }
    }
    OptionAssessment topMean =
        candidates.stream().max(Comparator.comparingDouble(Recommendation::mean)).orElseThrow();
    return new Comparison(options, Optional.of(chosen.name()), reason(chosen, topMean, candidates));
  }

  private static String reason(
      OptionAssessment chosen, OptionAssessment topMean, List<OptionAssessment> candidates) {
    String tail =
        " P(NPV > 0) = " + Numbers.percent(chosen.simulation().npv().probabilityPositive()) + ".";
    OptionAssessment tie =
        candidates.stream()
            .filter(o -> o != chosen && score(o) == score(chosen) && mean(o) == mean(chosen))
            .findFirst()
            .orElse(null);
    if (tie != null) {
      double pc = chosen.simulation().npv().probabilityPositive();
      double pt = tie.simulation().npv().probabilityPositive();
      return chosen.name()
          + ": tied with "
          + tie.name()
          + " on expected NPV ("
          + Numbers.money(mean(chosen))
          + ") and P5 NPV ("
          + Numbers.money(p5(chosen))
          + "); chosen for "
          + (pc > pt ? "its higher P(NPV > 0)." : "being listed first.")
          + tail;
    }
    if (mean(chosen) >= mean(topMean)) {
      return chosen.name()
          + ": highest expected NPV ("
          + Numbers.money(mean(chosen))
          + "), and no alternative's P5 NPV is better by more than the expected NPV it gives up"
          + " (P5 NPV "
          + Numbers.money(p5(chosen))
          + ")."
          + tail;
    }
    return chosen.name()
        + " rather than "
        + topMean.name()
        + ": its expected NPV ("
        + Numbers.money(mean(chosen))
        + ") is "
        + Numbers.money(mean(topMean) - mean(chosen))
        + " lower, but its P5 NPV ("
        + Numbers.money(p5(chosen))
        + ") is "
        + Numbers.money(p5(chosen) - p5(topMean))
        + " better than "
        + topMean.name()
        + "'s ("
        + Numbers.money(p5(topMean))
        + "), more than the expected NPV given up."
        + tail;
  }

  private static double score(OptionAssessment o) {
    return mean(o) + p5(o);
  }

  private static double mean(OptionAssessment o) {
    return o.simulation().npv().mean();
  }

  private static double p5(OptionAssessment o) {
    return o.simulation().npv().p5();
  }
}
