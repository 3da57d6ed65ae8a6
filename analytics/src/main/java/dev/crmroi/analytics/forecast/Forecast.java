package dev.crmroi.analytics.forecast;

import dev.crmroi.core.kpi.Period;
import java.time.LocalDate;
import java.util.List;

/**
 * A revenue forecast for one quarter, made at its first day.
 *
 * @param quarter the quarter forecast
 * @param asOf the instant the pipeline and history are taken at: the quarter's first day
 * @param cells the pipeline by age bucket and type with its expected revenue
 * @param pipeline Σ amount × win rate over the pipeline
 * @param inQuarter the mean revenue of deals both created and won within a quarter, over the last
 *     (up to) four complete quarters: business the pipeline cannot yet hold
 * @param history snapshot opportunities the win rates were learned from
 */
public record Forecast(
    Period quarter,
    LocalDate asOf,
    List<ForecastCell> cells,
    double pipeline,
    double inQuarter,
    long history) {
  public Forecast {
    cells = List.copyOf(cells);
  }

  /** The forecast revenue: pipeline plus in-quarter business. */
  public double total() {
    return pipeline + inQuarter;
  }
}
