package dev.crmroi.core.businesscase;

import java.util.List;

/**
 * A published range for one input, so a user without data starts from cited figures, never from
 * invented ones. Where only bounds are published the suggested distribution is uniform on them (the
 * least informative choice given only a range; no mode is made up).
 *
 * @param field the input it fills, as named in a scenario file, or a reference figure to compare
 *     results with (then {@code suggested} is only for display)
 * @param low lower end of the range
 * @param high upper end of the range
 * @param suggested the estimate to paste into a scenario
 * @param sources where the figures come from
 * @param caveat why the figure may not fit your case; always shown with it
 */
public record BenchmarkPreset(
    String field,
    double low,
    double high,
    Estimate suggested,
    List<Source> sources,
    String caveat) {

  public BenchmarkPreset {
    sources = List.copyOf(sources);
  }

  /**
   * A cited source.
   *
   * @param title title of the study or article
   * @param publisher who published it
   * @param year year of publication
   * @param figure the figure taken from it, in its own words
   * @param foundAt where the figure was read (a secondary source when the primary was not
   *     available)
   */
  public record Source(String title, String publisher, int year, String figure, String foundAt) {}
}
