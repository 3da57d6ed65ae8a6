package dev.crmroi.cli;

/** RFC-4180 quoting for CSV output. */
final class Csv {
  private Csv() {}

  static String quote(String value) {
    if (value == null) {
      return "";
    }
    if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0) {
      return value;
    }
    return "\"" + value.replace("\"", "\"\"") + "\"";
  }
}
