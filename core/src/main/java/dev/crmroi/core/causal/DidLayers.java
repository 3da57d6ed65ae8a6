package dev.crmroi.core.causal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The group-time cells of one or more panel layers that share units, months and go-lives but not
 * outcomes, exposures or carry-forward (e.g. the flows of saved MRR beside the other streams), so
 * that a replicate's unit draw is applied to every layer at once. The incremental series is the sum
 * of the layers' series, each aggregated and carried on its own; the cell, event-study and
 * pre-trend effects are the layers' relative effects averaged with their treated exposure as
 * weights, i.e. effects relative to the layers' summed exposure. One layer is the plain estimator.
 */
final class DidLayers {

  final GroupTimeCells cells;
  final DidAggregation aggregation;
  private final List<GroupTimeCells> layerCells = new ArrayList<>();
  private final List<DidAggregation> layerAggregations = new ArrayList<>();
  private final double[][] scale;
  private final double[][] att;
  private final double[][] size;
  private final double[] layerScalars;
  private final double[] layerMonthly;

  DidLayers(List<Panel> layers, BaseWindow base) {
    Panel first = layers.get(0);
    int[] ones = new int[first.unitCount()];
    Arrays.fill(ones, 1);
    scale = new double[layers.size()][];
    att = new double[layers.size()][];
    size = new double[layers.size()][];
    for (int l = 0; l < layers.size(); l++) {
      Panel p = layers.get(l);
      if (!first.sameDesign(p)) {
        throw new EstimationException(
            "panel layer " + l + " differs from layer 0 in its units, months or go-lives");
      }
      GroupTimeCells c = new GroupTimeCells(p, p.baseWindow().orElse(base));
      att[l] = new double[c.cellCount()];
      size[l] = new double[c.cellCount()];
      c.estimate(ones, att[l], size[l]);
      scale[l] = c.treatedScale(p);
      layerCells.add(c);
      layerAggregations.add(new DidAggregation(c, p.monthCount(), size[l], scale[l], p.carry()));
    }
    cells = layerCells.get(0);
    if (layers.size() == 1) {
      aggregation = layerAggregations.get(0);
    } else {
      double[] a = new double[cells.cellCount()];
      double[] n = new double[cells.cellCount()];
      combine(a, n);
      double[] summedScale = new double[cells.cellCount()];
      for (double[] s : scale) {
        for (int c = 0; c < s.length; c++) {
          summedScale[c] += s[c];
        }
      }
      aggregation = new DidAggregation(cells, first.monthCount(), n, summedScale, 0);
    }
    layerScalars = new double[aggregation.scalarCount()];
    layerMonthly = new double[aggregation.monthlyLength()];
  }

  /**
   * Every cell's effect and treated weight under unit weights {@code weight}, and the aggregations
   * of them into {@code scalars} and {@code monthly}.
   *
   * @return false if a layer has no estimable post cell
   */
  boolean estimate(
      int[] weight,
      double[] cohortSize,
      double[] cellAtt,
      double[] cellSize,
      double[] scalars,
      double[] monthly) {
    if (layerCells.size() == 1) {
      cells.estimate(weight, cellAtt, cellSize);
      return aggregation.aggregate(cellAtt, cellSize, cohortSize, scalars, monthly);
    }
    Arrays.fill(monthly, 0);
    for (int l = 0; l < layerCells.size(); l++) {
      layerCells.get(l).estimate(weight, att[l], size[l]);
      if (!layerAggregations
          .get(l)
          .aggregate(att[l], size[l], cohortSize, layerScalars, layerMonthly)) {
        return false;
      }
      for (int m = 0; m < monthly.length; m++) {
        monthly[m] += layerMonthly[m];
      }
    }
    combine(cellAtt, cellSize);
    if (!aggregation.aggregate(cellAtt, cellSize, cohortSize, scalars, layerMonthly)) {
      return false;
    }
    double total = 0;
    for (double m : monthly) {
      total += m;
    }
    scalars[DidAggregation.TOTAL] = total;
    return true;
  }

  /**
   * Exposure-weighted mean of the layers' cell effects; the treated weight of the first defined.
   */
  private void combine(double[] cellAtt, double[] cellSize) {
    for (int c = 0; c < cellAtt.length; c++) {
      double sum = 0;
      double weight = 0;
      cellSize[c] = 0;
      for (int l = 0; l < att.length; l++) {
        if (!Double.isNaN(att[l][c])) {
          sum += scale[l][c] * att[l][c];
          weight += scale[l][c];
          cellSize[c] = cellSize[c] == 0 ? size[l][c] : cellSize[c];
        }
      }
      cellAtt[c] = weight > 0 ? sum / weight : Double.NaN;
    }
  }
}
