package dev.crmroi.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** A plain-text table for the terminal: left-aligned text, right-aligned numbers. */
final class TextTable {
  private final List<String> header;
  private final List<List<String>> rows = new ArrayList<>();

  TextTable(String... header) {
    this.header = List.of(header);
  }

  TextTable row(Object... cells) {
    List<String> row = new ArrayList<>();
    for (Object cell : cells) {
      row.add(format(cell));
    }
    rows.add(row);
    return this;
  }

  void print(PrintWriter out) {
    int[] widths = new int[header.size()];
    List<List<String>> all = new ArrayList<>();
    all.add(header);
    all.addAll(rows);
    for (List<String> r : all) {
      for (int i = 0; i < r.size(); i++) {
        widths[i] = Math.max(widths[i], r.get(i).length());
      }
    }
    for (List<String> r : all) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < r.size(); i++) {
        String cell = r.get(i);
        boolean numeric = r != header && isNumber(cell);
        String pad = " ".repeat(widths[i] - cell.length());
        line.append(i == 0 ? "" : "  ").append(numeric ? pad + cell : cell + pad);
      }
      out.println(line.toString().stripTrailing());
    }
  }

  static String format(Object cell) {
    if (cell instanceof Long || cell instanceof Integer) {
      return String.format("%,d", ((Number) cell).longValue());
    }
    return cell == null ? "" : cell.toString();
  }

  private static boolean isNumber(String cell) {
    return !cell.isEmpty()
        && cell.chars().allMatch(c -> Character.isDigit(c) || ",.-%".indexOf(c) >= 0);
  }
}
