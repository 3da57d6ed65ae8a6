package dev.crmroi.core.causal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Public data sets beside the project (system property crmroi.datasets), never copied in. */
final class Datasets {

  private Datasets() {}

  static Path root() {
    return Path.of(System.getProperty("crmroi.datasets", "/work/shared/datasets"));
  }

  /** Columns X and y of causalimpact-examples/arma_data.csv, as [column][row]. */
  static double[][] armaData() {
    Path file = root().resolve("causalimpact-examples").resolve("arma_data.csv");
    try {
      List<String> lines = Files.readAllLines(file);
      double[][] columns = new double[2][lines.size() - 1];
      for (int r = 1; r < lines.size(); r++) {
        String[] cells = lines.get(r).split(",");
        columns[0][r - 1] = Double.parseDouble(cells[0]);
        columns[1][r - 1] = Double.parseDouble(cells[1]);
      }
      return columns;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
