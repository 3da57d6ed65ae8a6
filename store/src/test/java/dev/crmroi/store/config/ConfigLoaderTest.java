package dev.crmroi.store.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crmroi.core.config.CrmRoiConfig;
import dev.crmroi.core.config.CrmRoiConfig.UnitAttribute;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConfigLoaderTest {
  private final ConfigLoader loader = new ConfigLoader();

  @Test
  void defaultFile_parsesToTheDefaults() {
    CrmRoiConfig parsed = loader.parse(ConfigLoader.defaultFileText(), "default");

    assertThat(parsed).isEqualTo(CrmRoiConfig.defaults());
  }

  @Test
  void emptyFile_givesTheDefaults() {
    assertThat(loader.parse("", "empty")).isEqualTo(CrmRoiConfig.defaults());
  }

  @Test
  void perUnitGoLiveAndEvents_parsed() {
    CrmRoiConfig c =
        loader.parse(
            String.join(
                "\n",
                "units: owner.team",
                "go_live:",
                "  EMEA: 2024-01-01",
                "  NA: 2024-04-01",
                "events:",
                "  - {date: 2024-03-01, unit: NA, label: new product line}",
                "  - {date: 2024-06-01, label: price change}"),
            "t");

    assertThat(c.units()).isEqualTo(UnitAttribute.OWNER_TEAM);
    assertThat(c.goLive().of("NA")).contains(LocalDate.of(2024, 4, 1));
    assertThat(c.goLive().of("APAC")).isEmpty();
    assertThat(c.events()).hasSize(2);
    assertThat(c.events().get(1).unit()).isEqualTo(Optional.empty());
  }

  @Test
  void discountRateAtMinusOne_rejectedNamingKeyValueAndRule() {
    assertThatThrownBy(() -> loader.parse("discount_rate: -1.5", "t"))
        .isInstanceOf(ConfigException.class)
        .hasMessage("configuration key 'discount_rate' has value '-1.5': must be greater than -1");
  }

  @Test
  void marginAboveOne_rejectedWithRange() {
    assertThatThrownBy(() -> loader.parse("gross_margin: 1.2", "t"))
        .hasMessage("configuration key 'gross_margin' has value '1.2': must be between 0 and 1");
  }

  @Test
  void unknownKey_rejectedListingKnownKeys() {
    assertThatThrownBy(() -> loader.parse("horizon_month: 12", "t"))
        .hasMessageStartingWith("unknown configuration key 'horizon_month'; known keys:");
  }

  @Test
  void malformedDateInNestedKey_namesTheFullKey() {
    assertThatThrownBy(() -> loader.parse("go_live:\n  EMEA: 2024-13-01", "t"))
        .hasMessage(
            "configuration key 'go_live.EMEA' has value '2024-13-01': expected a date like"
                + " 2024-01-31");
  }

  @Test
  void unknownUnitsValue_listsAllowedValues() {
    assertThatThrownBy(() -> loader.parse("units: account.country", "t"))
        .hasMessageContaining("'units' has value 'account.country'")
        .hasMessageContaining("allowed: account.region");
  }

  @Test
  void lowerCaseCurrency_rejected() {
    assertThatThrownBy(() -> loader.parse("reporting_currency: usd", "t"))
        .hasMessageContaining("expected a three-letter ISO-4217 code");
  }

  @Test
  void notYaml_saysSo() {
    assertThatThrownBy(() -> loader.parse("a: [1, 2", "my.yaml"))
        .hasMessageStartingWith("my.yaml is not valid YAML");
  }

  @Test
  void qualityWeights_partlyGiven_restKeepTheirDefaults() {
    CrmRoiConfig c = loader.parse("quality: {weights: {freshness: 0, validity: 0.5}}", "t");

    assertThat(c.qualityWeights())
        .containsEntry("freshness", 0.0)
        .containsEntry("validity", 0.5)
        .containsEntry("completeness", 0.25);
  }

  @Test
  void qualityWeightWithUnknownDimension_rejectedListingTheKnownOnes() {
    assertThatThrownBy(() -> loader.parse("quality: {weights: {accuracy: 1}}", "t"))
        .hasMessageStartingWith("unknown configuration key 'accuracy' under 'quality.weights'");
  }

  @Test
  void fractionalReplicates_rejected() {
    assertThatThrownBy(() -> loader.parse("bootstrap: {replicates: 99.5}", "t"))
        .hasMessageContaining("'bootstrap.replicates' has value '99.5': expected a whole number");
  }
}
