package dev.crmroi.core.businesscase;

import java.util.List;

/**
 * A TEI model's base case (every input at its median): unadjusted and risk-adjusted figures side by
 * side, and the flexibility items that are listed but not counted.
 *
 * @param years the horizon N in years
 * @param discountRate the annual rate used
 * @param unadjusted figures before risk adjustment
 * @param riskAdjusted figures with benefits reduced and costs raised (the TEI headline)
 * @param flexibility listed only
 */
public record TeiResult(
    int years,
    double discountRate,
    TeiFigures unadjusted,
    TeiFigures riskAdjusted,
    List<TeiScenario.Flexibility> flexibility) {

  public TeiResult {
    flexibility = List.copyOf(flexibility);
  }
}
