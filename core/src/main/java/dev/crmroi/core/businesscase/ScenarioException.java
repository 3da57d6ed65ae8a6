package dev.crmroi.core.businesscase;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A business-case scenario has impossible inputs. Every problem names the field by its path in the
 * scenario file (for example {@code options[1].benefits.win_rate_uplift.max}) and the value found,
 * so a loader can show the message as is.
 */
public final class ScenarioException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** The problems, in the order the fields appear in the scenario. */
  private final transient List<Problem> problems;

  /**
   * Creates the exception.
   *
   * @param problems one or more problems
   */
  public ScenarioException(List<Problem> problems) {
    super(problems.stream().map(Problem::message).collect(Collectors.joining("; ")));
    this.problems = List.copyOf(problems);
  }

  /**
   * The problems found.
   *
   * @return every problem, first to last field
   */
  public List<Problem> problems() {
    return problems;
  }

  /**
   * One impossible input.
   *
   * @param path field path in the scenario file, snake case, list indices from 0
   * @param message the whole sentence, starting with the path and ending with the value found
   */
  public record Problem(String path, String message) {}
}
