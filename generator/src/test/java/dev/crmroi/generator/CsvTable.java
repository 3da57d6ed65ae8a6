package dev.crmroi.generator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A generated CSV read back for assertions, with an RFC 4180 parser small enough to trust. */
final class CsvTable {

  final List<String> header;
  final List<List<String>> rows;

  private CsvTable(List<String> header, List<List<String>> rows) {
    this.header = header;
    this.rows = rows;
  }

  static CsvTable read(Path dir, String table) {
    try {
      String text = Files.readString(dir.resolve(table + ".csv"), StandardCharsets.UTF_8);
      List<List<String>> all = parse(text);
      return new CsvTable(all.get(0), all.subList(1, all.size()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  int column(String name) {
    int i = header.indexOf(name);
    if (i < 0) {
      throw new IllegalArgumentException("no column " + name);
    }
    return i;
  }

  String get(List<String> row, String column) {
    return row.get(column(name(column)));
  }

  private static String name(String column) {
    return column;
  }

  /** Rows keyed by their first column (the id). */
  Map<String, List<String>> byId() {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (List<String> r : rows) {
      out.put(r.get(0), r);
    }
    return out;
  }

  private static List<List<String>> parse(String text) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        row.add(field.toString());
        field.setLength(0);
      } else if (c == '\n') {
        row.add(field.toString());
        field.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
      } else {
        field.append(c);
      }
    }
    return rows;
  }
}
