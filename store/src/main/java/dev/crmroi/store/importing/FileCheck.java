package dev.crmroi.store.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Cheap checks of a file's first bytes that catch what is clearly not a CSV export (an empty file,
 * a workbook, a PDF, binary data) with a message a person can act on, before DuckDB reads it.
 */
final class FileCheck {
  private static final int PROBE = 8192;

  private FileCheck() {}

  static void requireCsvText(Path file) {
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(PROBE);
    } catch (IOException e) {
      throw new ImportFailure(file + ": cannot read the file (" + e.getMessage() + ")", e);
    }
    if (head.length == 0) {
      throw new ImportFailure(file + ": the file is empty; expected a CSV header row");
    }
    if (startsWith(head, 'P', 'K', 3, 4)) {
      throw new ImportFailure(
          file + ": is not CSV but a ZIP archive (an .xlsx workbook?); export it as CSV");
    }
    if (startsWith(head, '%', 'P', 'D', 'F')) {
      throw new ImportFailure(file + ": is not CSV but a PDF document");
    }
    if (startsWith(head, 0xFF, 0xFE) || startsWith(head, 0xFE, 0xFF)) {
      throw new ImportFailure(file + ": is UTF-16 encoded; save it as UTF-8 CSV");
    }
    for (byte b : head) {
      if (b == 0) {
        throw new ImportFailure(file + ": is not a CSV text file (it contains binary data)");
      }
    }
    String text = new String(head, java.nio.charset.StandardCharsets.ISO_8859_1).stripLeading();
    if (text.startsWith("{") || text.startsWith("[") || text.startsWith("<")) {
      throw new ImportFailure(file + ": is not CSV (it looks like JSON, XML or HTML)");
    }
  }

  private static boolean startsWith(byte[] head, int... prefix) {
    if (head.length < prefix.length) {
      return false;
    }
    int[] first = new int[prefix.length];
    for (int i = 0; i < prefix.length; i++) {
      first[i] = head[i] & 0xFF;
    }
    return Arrays.equals(first, prefix);
  }
}
