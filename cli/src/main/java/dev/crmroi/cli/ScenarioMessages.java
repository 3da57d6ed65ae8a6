package dev.crmroi.cli;

import dev.crmroi.core.businesscase.ScenarioException;
import dev.crmroi.core.businesscase.ScenarioException.Problem;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** Turns the problems of a scenario into the error text of {@code calc}, one problem a line. */
final class ScenarioMessages {
  /** How a calculation from flags is named. */
  static final String FLAGS = "quick-calculator flags";

  private ScenarioMessages() {}

  /**
   * The problems, naming the file once; a problem about an input given as a flag names the flag.
   *
   * @param origin the scenario file or "quick-calculator flags"
   * @param e the problems
   * @param flagGiven whether a flag was on the command line
   */
  static String describe(String origin, ScenarioException e, Predicate<String> flagGiven) {
    List<String> lines = e.problems().stream().map(p -> withFlag(p, origin, flagGiven)).toList();
    boolean fromFlags = origin.equals(FLAGS);
    if (lines.size() == 1) {
      String line = lines.get(0);
      return fromFlags || line.contains(origin) ? line : origin + ": " + line;
    }
    return (fromFlags ? "the " + FLAGS + " have " : origin + " has ")
        + lines.size()
        + " problems:"
        + System.lineSeparator()
        + "  "
        + String.join(System.lineSeparator() + "  ", lines);
  }

  private static String withFlag(Problem p, String origin, Predicate<String> flagGiven) {
    boolean fromFlags = origin.equals(FLAGS);
    for (Map.Entry<String, String> f : QuickFlags.FLAGS.entrySet()) {
      String path = "quick." + f.getKey();
      boolean matches = p.path().equals(path) || p.path().startsWith(path + ".");
      if (matches && (fromFlags || flagGiven.test(f.getValue()))) {
        return p.message().replace(path, f.getValue());
      }
    }
    return p.message();
  }
}
