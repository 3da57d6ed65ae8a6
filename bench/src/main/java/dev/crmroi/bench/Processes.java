package dev.crmroi.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs a command under GNU time, so its wall time and peak RSS are measured by the OS. */
final class Processes {
  private Processes() {}

  /** Runs {@code command}; fails with its output when it exits non-zero. */
  static Measured run(List<String> command) throws IOException, InterruptedException {
    Path times = Files.createTempFile("crm-roi-bench", ".time");
    Path out = Files.createTempFile("crm-roi-bench", ".out");
    Path err = Files.createTempFile("crm-roi-bench", ".err");
    try {
      List<String> timed =
          new ArrayList<>(List.of("/usr/bin/time", "-o", times.toString(), "-f", "%e %M"));
      timed.addAll(command);
      Process p =
          new ProcessBuilder(timed)
              .redirectOutput(out.toFile())
              .redirectError(err.toFile())
              .start();
      int code = p.waitFor();
      if (code != 0) {
        throw new IllegalStateException(
            "benchmark step failed ("
                + code
                + "): "
                + command
                + "\n"
                + Files.readString(err, StandardCharsets.UTF_8));
      }
      String[] fields =
          Files.readString(times).trim().lines().reduce((a, b) -> b).orElse("").split(" ");
      return new Measured(
          Double.parseDouble(fields[0]),
          Long.parseLong(fields[1]) / 1024.0,
          Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(times);
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }
}
