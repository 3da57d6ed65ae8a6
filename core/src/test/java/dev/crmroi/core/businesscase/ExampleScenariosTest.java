package dev.crmroi.core.businesscase;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The example scenario files use exactly the snake-case names of the input records. */
class ExampleScenariosTest {

  private static final Pattern KEY = Pattern.compile("(?:^|[{,\\-]\\s*|^\\s+)([a-z_]+):");
  private static final Set<String> SHARED =
      Set.of(
          "simulation",
          "draws",
          "seed",
          "dist",
          "min",
          "mode",
          "max",
          "mean",
          "sd",
          "median",
          "sigma",
          "value");

  @ParameterizedTest
  @CsvSource({
    "quick-calculation.yaml, quick, QuickScenario",
    "tei-three-year.yaml, tei, TeiScenario TeiScenario$BenefitStream TeiScenario$CostCategory"
        + " TeiScenario$Flexibility",
    "three-vendor-comparison.yaml, , VendorComparisonScenario VendorComparisonScenario$Company"
        + " VendorComparisonScenario$VendorOption VendorComparisonScenario$Benefits"
  })
  void example_keys_matchRecordComponentsOneToOne(String file, String section, String records)
      throws Exception {
    Set<String> components = new HashSet<>();
    for (String name : records.split(" ")) {
      Class<?> type = Class.forName("dev.crmroi.core.businesscase." + name);
      Arrays.stream(type.getRecordComponents())
          .map(c -> snake(c.getName()))
          .forEach(components::add);
    }
    Set<String> keys = keys(Path.of("..", "examples", file));
    keys.removeAll(SHARED);
    if (section != null) {
      keys.remove(section);
    }

    assertThat(keys).isEqualTo(components);
  }

  private static Set<String> keys(Path file) throws IOException {
    try (Stream<String> lines = Files.lines(file)) {
      List<String> content =
          lines.map(l -> l.replaceAll("#.*", "")).filter(l -> !l.isBlank()).toList();
      Set<String> keys = new HashSet<>();
      for (String line : content) {
        Matcher m = KEY.matcher(line);
        while (m.find()) {
          keys.add(m.group(1));
        }
      }
      return keys;
    }
  }

  private static String snake(String camel) {
    return camel
        .chars()
        .mapToObj(
            c -> Character.isUpperCase(c) ? "_" + (char) Character.toLowerCase(c) : "" + (char) c)
        .collect(Collectors.joining());
  }
}
