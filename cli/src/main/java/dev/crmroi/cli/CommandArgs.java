package dev.crmroi.cli;

import dev.crmroi.core.kpi.Period;
import java.time.LocalDate;
import java.util.function.Supplier;

/** Argument parsing shared by the analysis commands: a bad value is a usage error that says so. */
final class CommandArgs {
  private CommandArgs() {}

  /** {@code text} as a period, or this calendar year when it is absent. */
  static Period periodOrThisYear(String text) {
    return text == null ? Period.year(LocalDate.now().getYear()) : parse(() -> Period.parse(text));
  }

  /** The parser's value, its IllegalArgumentException turned into a usage error. */
  static <T> T parse(Supplier<T> parser) {
    try {
      return parser.get();
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
  }
}
