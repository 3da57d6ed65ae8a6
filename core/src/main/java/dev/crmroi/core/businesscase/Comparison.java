package dev.crmroi.core.businesscase;

import java.util.List;
import java.util.Optional;

/**
 * Options side by side with a recommendation.
 *
 * @param options in the order of the scenario
 * @param recommended the recommended option's name; empty when none pays back
 * @param reason the recommendation in words, naming the figures it rests on
 */
public record Comparison(
    List<OptionAssessment> options, Optional<String> recommended, String reason) {

  public Comparison {
    options = List.copyOf(options);
  }
}
