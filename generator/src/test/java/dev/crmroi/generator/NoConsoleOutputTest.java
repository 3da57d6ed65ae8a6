package dev.crmroi.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class NoConsoleOutputTest {

  @Test
  void mainSources_noFile_writesToConsole() throws IOException {
    Path main = Path.of("src/main/java");
    List<Path> sources;
    try (var walk = Files.walk(main)) {
      sources = walk.filter(p -> p.toString().endsWith(".java")).toList();
    }
    assertThat(sources).isNotEmpty();
    for (Path p : sources) {
      assertThat(Files.readString(p))
          .as(p.toString())
          .doesNotContain("System.out")
          .doesNotContain("System.err")
          .doesNotContain("printStackTrace");
    }
  }
}
