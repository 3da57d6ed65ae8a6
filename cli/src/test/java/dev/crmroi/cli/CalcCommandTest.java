package dev.crmroi.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code calc} on the example scenarios: the key sections in tables, the documented JSON. */
class CalcCommandTest {
  static final String QUICK = "../examples/quick-calculation.yaml";
  static final String TEI = "../examples/tei-three-year.yaml";
  static final String VENDORS = "../examples/three-vendor-comparison.yaml";

  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Test
  void quickExample_table_printsGainBySourceRoiPaybackAndNpv() {
    CliRun run = CliRun.of("calc", QUICK);

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("Quick business case (../examples/quick-calculation.yaml")
        .containsPattern("more deals \\(win-rate uplift\\) +5,184")
        .contains("time saved (assumption)", "monthly cost", "first-year ROI", "payback (months)")
        .contains("NPV over 36 months at 10.0% a year")
        .contains("Every input is a fixed number");
  }

  @Test
  void teiExample_table_printsStreamsSummaryFlexibilitySimulationAndTornado() {
    CliRun run = CliRun.of("calc", TEI);

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("avoided legacy CRM costs", "risk-adjusted", "total benefits", "total costs")
        .containsPattern("summary +unadjusted +risk-adjusted")
        .contains("PV of benefits", "discounted payback (months)")
        .contains("Flexibility (listed, not added to ROI or NPV):", "- service module:")
        .contains("Monte Carlo: 10,000 draws, seed 42", "P(ROI > 0) = ")
        .contains("Tornado: NPV with one input at its P10 and P90")
        .contains("implementation and migration, initial");
  }

  @Test
  void comparisonExample_table_printsOptionsSideBySideAndRecommendation() {
    CliRun run = CliRun.of("calc", VENDORS);

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .containsPattern("option +ROI +NPV +NPV mean +NPV P5 +NPV P50 +NPV P95 +P\\(NPV > 0\\)")
        .contains("Enterprise suite", "Mid-market CRM", "Lightweight pipeline tool")
        .containsPattern("Recommendation: \\S")
        .contains("options[1].benefits.win_rate_uplift", "company.average_deal_revenue");
  }

  @Test
  void quickExample_json_hasDocumentedFieldsAndHandComputedGain() throws Exception {
    JsonNode json = json("calc", QUICK, "--format", "json");

    assertThat(names(json))
        .containsExactly("kind", "scenario", "currency", "base_case", "simulation", "tornado");
    JsonNode base = json.get("base_case");
    assertThat(names(base))
        .containsExactly(
            "monthly_gain",
            "monthly_cost",
            "monthly_net",
            "one_off_costs",
            "annual_roi",
            "payback_months",
            "npv",
            "horizon_months",
            "discount_rate");
    assertThat(names(base.get("monthly_gain")))
        .containsExactly("more_deals", "bigger_deals", "cross_sell", "time_saved", "total");
    // 12 reps × 1.5 deals × 8,000 = 144,000 a month; × 8% win-rate uplift × 45% margin.
    assertThat(base.at("/monthly_gain/more_deals").asDouble()).isCloseTo(5184, within(1e-6));
    assertThat(json.get("kind").asText()).isEqualTo("quick");
  }

  @Test
  void teiExample_json_hasDocumentedFields() throws Exception {
    JsonNode json = json("calc", TEI, "--format", "json");

    JsonNode base = json.get("base_case");
    assertThat(names(base))
        .containsExactly("years", "discount_rate", "unadjusted", "risk_adjusted", "flexibility");
    assertThat(names(base.get("risk_adjusted")))
        .containsExactly(
            "benefits",
            "costs",
            "total_benefits",
            "total_costs",
            "net_cash_flow",
            "pv_benefits",
            "pv_costs",
            "npv",
            "roi",
            "payback_months",
            "discounted_payback_months");
    assertThat(names(base.at("/unadjusted/benefits/0")))
        .containsExactly("name", "by_year", "present_value");
    assertThat(base.at("/unadjusted/costs/1/by_year")).hasSize(4);
    assertThat(names(json.get("simulation")))
        .containsExactly("draws", "seed", "roi", "npv", "roi_unadjusted", "npv_unadjusted");
    assertThat(names(json.at("/simulation/npv")))
        .containsExactly("p5", "p50", "p95", "mean", "probability_positive");
    assertThat(names(json.at("/tornado/bars/0")))
        .containsExactly("input", "low_value", "high_value", "npv_at_low", "npv_at_high", "swing");
    assertThat(json.at("/tornado/bars/0/input").asText()).isEqualTo("tei.costs[1].initial");
  }

  @Test
  void comparisonExample_json_hasOptionsAndRecommendation() throws Exception {
    JsonNode json = json("calc", VENDORS, "--format", "json");

    assertThat(names(json))
        .containsExactly(
            "kind",
            "scenario",
            "currency",
            "horizon_years",
            "discount_rate",
            "options",
            "recommended",
            "reason");
    assertThat(json.get("options")).hasSize(3);
    assertThat(names(json.at("/options/0")))
        .containsExactly("name", "base_case", "simulation", "tornado");
    assertThat(names(json.at("/options/0/base_case")))
        .containsExactly("roi", "npv", "pv_benefits", "pv_costs", "payback_months");
    assertThat(json.get("reason").asText()).startsWith(json.get("recommended").asText());
  }

  static JsonNode json(String... args) throws Exception {
    CliRun run = CliRun.of(args);
    assertThat(run.exitCode()).as(run.err()).isZero();
    return MAPPER.readTree(run.out());
  }

  static List<String> names(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
