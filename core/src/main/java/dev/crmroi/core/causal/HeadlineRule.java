package dev.crmroi.core.causal;

import java.util.Arrays;

/**
 * Chooses the headline estimator (design/roi-method.md): staggered difference-in-differences when
 * at least two units went live and some of them can be compared with units not yet (or never)
 * treated — different go-live months, or at least one never-treated unit; otherwise the interrupted
 * time series. The second branch extends "different go-live months" to the classic one-date design
 * with never-treated controls, which Callaway &amp; Sant'Anna cover as a single cohort. With one
 * treated unit a cluster bootstrap has a single treated cluster, so the interrupted time series is
 * used (synthetic control is planned for that case).
 */
public final class HeadlineRule {

  private HeadlineRule() {}

  /**
   * Applies the rule.
   *
   * @param panel the panel
   * @return the chosen estimator and the reason
   * @throws EstimationException if no unit went live
   */
  public static HeadlineChoice choose(Panel panel) {
    int[] treated = panel.treatedUnits();
    int controls = panel.unitCount() - treated.length;
    long goLives = Arrays.stream(treated).map(panel::goLiveIndex).distinct().count();
    if (treated.length == 0) {
      throw new EstimationException(
          "no headline estimate: none of the " + panel.unitCount() + " units has a go-live");
    }
    if (treated.length == 1) {
      return new HeadlineChoice(
          EstimatorKind.INTERRUPTED_TIME_SERIES,
          "interrupted time series: only one unit ('"
              + panel.units().get(treated[0])
              + "') went live, too few for difference-in-differences"
              + (controls == 0 ? ", and no unit stayed untreated" : ""));
    }
    if (goLives == 1 && controls == 0) {
      return new HeadlineChoice(
          EstimatorKind.INTERRUPTED_TIME_SERIES,
          "interrupted time series: all "
              + treated.length
              + " units went live in "
              + panel.goLive(treated[0]).orElseThrow()
              + " and none stayed untreated, so there is no comparison group");
    }
    return new HeadlineChoice(
        EstimatorKind.STAGGERED_DID,
        "staggered difference-in-differences: "
            + treated.length
            + " treated units with "
            + goLives
            + (goLives == 1 ? " go-live month" : " different go-live months")
            + " and "
            + controls
            + " never-treated unit"
            + (controls == 1 ? "" : "s")
            + " to compare with");
  }
}
