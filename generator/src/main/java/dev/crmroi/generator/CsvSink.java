package dev.crmroi.generator;

import dev.crmroi.core.schema.CanonicalSchema;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes one canonical table as UTF-8 CSV, formatting fields by hand into a byte buffer: the
 * generator writes tens of millions of rows, and String.format or per-row strings would dominate
 * the run time.
 */
final class CsvSink implements AutoCloseable {

  private static final int BUFFER_BYTES = 1 << 20;
  private static final byte[][] TWO_DIGITS = twoDigits();

  private final String table;
  private final OutputStream out;
  private final Progress progress;
  private final byte[] buf = new byte[BUFFER_BYTES];
  private int pos;
  private boolean rowStarted;
  private long rows;

  CsvSink(Path dir, String table, Progress progress) {
    this.table = table;
    this.progress = progress;
    try {
      this.out = Files.newOutputStream(dir.resolve(table + ".csv"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + table + ".csv in " + dir, e);
    }
    for (String column : CanonicalSchema.table(table).orElseThrow().columnNames()) {
      text(column);
    }
    endHeader();
  }

  String table() {
    return table;
  }

  /** Data rows written so far (the header is not a row). */
  long rows() {
    return rows;
  }

  CsvSink text(String value) {
    separate();
    if (value == null) {
      return this;
    }
    if (!isPlainAscii(value)) {
      quoted(value);
      return this;
    }
    ensure(value.length());
    for (int i = 0, n = value.length(); i < n; i++) {
      buf[pos++] = (byte) value.charAt(i);
    }
    return this;
  }

  CsvSink raw(byte[] value) {
    separate();
    ensure(value.length);
    System.arraycopy(value, 0, buf, pos, value.length);
    pos += value.length;
    return this;
  }

  CsvSink empty() {
    separate();
    return this;
  }

  CsvSink id(byte[] prefix, long number) {
    separate();
    ensure(prefix.length + 20);
    System.arraycopy(prefix, 0, buf, pos, prefix.length);
    pos += prefix.length;
    digits(number);
    return this;
  }

  CsvSink number(long value) {
    separate();
    ensure(21);
    if (value < 0) {
      buf[pos++] = '-';
      value = -value;
    }
    digits(value);
    return this;
  }

  /** A decimal with two places, from an amount in hundredths (cents for money). */
  CsvSink cents(long hundredths) {
    separate();
    ensure(24);
    if (hundredths < 0) {
      buf[pos++] = '-';
      hundredths = -hundredths;
    }
    digits(hundredths / 100);
    buf[pos++] = '.';
    byte[] two = TWO_DIGITS[(int) (hundredths % 100)];
    buf[pos++] = two[0];
    buf[pos++] = two[1];
    return this;
  }

  CsvSink bool(boolean value) {
    return raw(value ? TRUE : FALSE);
  }

  CsvSink date(long epochDay) {
    return raw(Timeline.dateBytes(epochDay));
  }

  CsvSink timestamp(long epochSecond) {
    separate();
    ensure(20);
    long day = Math.floorDiv(epochSecond, 86_400L);
    int secOfDay = (int) (epochSecond - day * 86_400L);
    byte[] date = Timeline.dateBytes(day);
    System.arraycopy(date, 0, buf, pos, 10);
    pos += 10;
    buf[pos++] = 'T';
    put2(secOfDay / 3600);
    buf[pos++] = ':';
    put2(secOfDay / 60 % 60);
    buf[pos++] = ':';
    put2(secOfDay % 60);
    buf[pos++] = 'Z';
    return this;
  }

  void endRow() {
    ensure(1);
    buf[pos++] = '\n';
    rowStarted = false;
    rows++;
    progress.rowWritten();
  }

  @Override
  public void close() {
    try {
      flush();
      out.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + table + ".csv", e);
    }
  }

  private void endHeader() {
    ensure(1);
    buf[pos++] = '\n';
    rowStarted = false;
  }

  private void separate() {
    if (rowStarted) {
      ensure(1);
      buf[pos++] = ',';
    }
    rowStarted = true;
  }

  private static boolean isPlainAscii(String value) {
    for (int i = 0, n = value.length(); i < n; i++) {
      char c = value.charAt(i);
      if (c > 126 || c == ',' || c == '"' || c == '\n' || c == '\r') {
        return false;
      }
    }
    return true;
  }

  /** Slow path: RFC 4180 quoting only where needed, and UTF-8 for non-ASCII text. */
  private void quoted(String value) {
    boolean quote =
        value.indexOf(',') >= 0
            || value.indexOf('"') >= 0
            || value.indexOf('\n') >= 0
            || value.indexOf('\r') >= 0;
    String body = quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    ensure(bytes.length);
    System.arraycopy(bytes, 0, buf, pos, bytes.length);
    pos += bytes.length;
  }

  private void digits(long value) {
    if (value < 10) {
      buf[pos++] = (byte) ('0' + value);
      return;
    }
    int start = pos;
    while (value > 0) {
      buf[pos++] = (byte) ('0' + value % 10);
      value /= 10;
    }
    for (int i = start, j = pos - 1; i < j; i++, j--) {
      byte t = buf[i];
      buf[i] = buf[j];
      buf[j] = t;
    }
  }

  private void put2(int value) {
    byte[] two = TWO_DIGITS[value];
    buf[pos++] = two[0];
    buf[pos++] = two[1];
  }

  private void ensure(int bytes) {
    if (pos + bytes > buf.length) {
      try {
        flush();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write " + table + ".csv", e);
      }
      if (bytes > buf.length) {
        throw new IllegalArgumentException("field of " + bytes + " bytes is too long");
      }
    }
  }

  private void flush() throws IOException {
    out.write(buf, 0, pos);
    pos = 0;
  }

  private static byte[][] twoDigits() {
    byte[][] table = new byte[100][];
    for (int i = 0; i < 100; i++) {
      table[i] = new byte[] {(byte) ('0' + i / 10), (byte) ('0' + i % 10)};
    }
    return table;
  }

  private static final byte[] TRUE = "true".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] FALSE = "false".getBytes(StandardCharsets.US_ASCII);
}
