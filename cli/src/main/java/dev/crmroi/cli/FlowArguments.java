package dev.crmroi.cli;

import dev.crmroi.core.finance.DatedCashFlow;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Cash flows from the command line ({@code AMOUNT…} or {@code DATE=AMOUNT…}) or a CSV file. */
final class FlowArguments {
  @Parameters(
      paramLabel = "FLOW",
      arity = "0..*",
      description = "Amounts (periodic functions) or DATE=AMOUNT (dated functions).")
  List<String> flows = new ArrayList<>();

  @Option(
      names = "--flows",
      paramLabel = "FILE.csv",
      description = "Read flows from a CSV file: one amount, or date,amount, per line.")
  Path file;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "table",
      description = "table, json or csv (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  double[] amounts() {
    List<String> items = items();
    double[] out = new double[items.size()];
    for (int i = 0; i < out.length; i++) {
      String item = items.get(i);
      out[i] = number(item.contains(",") ? item.substring(item.lastIndexOf(',') + 1) : item);
    }
    return out;
  }

  List<DatedCashFlow> dated() {
    List<DatedCashFlow> out = new ArrayList<>();
    for (String item : items()) {
      int cut = Math.max(item.indexOf('='), item.indexOf(','));
      if (cut < 0) {
        throw new UsageException("dated flow '" + item + "' must look like 2008-01-01=-10000");
      }
      try {
        out.add(
            new DatedCashFlow(
                LocalDate.parse(item.substring(0, cut).trim()), number(item.substring(cut + 1))));
      } catch (DateTimeParseException e) {
        throw new UsageException("dated flow '" + item + "' has no valid date (YYYY-MM-DD)");
      }
    }
    return out;
  }

  private List<String> items() {
    List<String> items = new ArrayList<>(flows);
    if (file != null) {
      try {
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
          String t = line.trim();
          if (!t.isEmpty() && (Character.isDigit(t.charAt(0)) || t.charAt(0) == '-')) {
            items.add(t);
          }
        }
      } catch (IOException e) {
        throw new UsageException("cannot read --flows " + file + ": " + e.getMessage());
      }
    }
    if (items.isEmpty()) {
      throw new UsageException("give the cash flows as arguments (after --) or with --flows FILE");
    }
    return items;
  }

  private static double number(String text) {
    try {
      return Double.parseDouble(text.trim());
    } catch (NumberFormatException e) {
      throw new UsageException("cash flow '" + text.trim() + "' is not a number");
    }
  }
}
