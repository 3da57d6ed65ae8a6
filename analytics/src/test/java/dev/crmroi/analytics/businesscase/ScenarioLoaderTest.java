package dev.crmroi.analytics.businesscase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crmroi.core.businesscase.Estimate;
import dev.crmroi.core.businesscase.QuickScenario;
import dev.crmroi.core.businesscase.ScenarioException;
import dev.crmroi.core.businesscase.SimulationSettings;
import dev.crmroi.core.businesscase.TeiScenario;
import dev.crmroi.core.businesscase.VendorComparisonScenario;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ScenarioLoaderTest {
  private static final Path EXAMPLES = Path.of("..", "examples");

  private final ScenarioLoader loader = new ScenarioLoader();

  @Test
  void load_quickExample_readsEveryInputAndSimulation() {
    LoadedScenario loaded = loader.load(EXAMPLES.resolve("quick-calculation.yaml"));

    assertThat(loaded).isInstanceOf(LoadedScenario.Quick.class);
    QuickScenario q = ((LoadedScenario.Quick) loaded).scenario();
    assertThat(q.reps()).isEqualTo(Estimate.fixed(12));
    assertThat(q.crossSellUplift()).isEqualTo(Estimate.fixed(0.02));
    assertThat(q.otherMonthlyCosts()).isEqualTo(Estimate.fixed(300));
    assertThat(q.horizonMonths()).isEqualTo(36);
    assertThat(loaded.simulation()).isEqualTo(new SimulationSettings(10_000, 1));
  }

  @Test
  void load_teiExample_readsStreamsDistributionsAndFlexibility() {
    LoadedScenario loaded = loader.load(EXAMPLES.resolve("tei-three-year.yaml"));

    TeiScenario t = ((LoadedScenario.Tei) loaded).scenario();
    assertThat(t.benefits()).hasSize(3);
    assertThat(t.benefits().get(0).years().get(0))
        .isEqualTo(Estimate.triangular(40000, 70000, 110000));
    assertThat(t.benefits().get(1).years().get(2)).isEqualTo(Estimate.normal(130000, 55000));
    assertThat(t.benefits().get(2).rampUp()).isEmpty();
    assertThat(t.costs().get(1).initial()).isEqualTo(Estimate.lognormal(90000, 0.35));
    assertThat(t.costs().get(2).years().get(1)).isEqualTo(Estimate.uniform(8000, 15000));
    assertThat(t.flexibility())
        .extracting(TeiScenario.Flexibility::name)
        .containsExactly("service module");
    assertThat(loaded.simulation().seed()).isEqualTo(42);
  }

  @Test
  void load_comparisonExample_readsCompanyAndThreeOptions() {
    LoadedScenario loaded = loader.load(EXAMPLES.resolve("three-vendor-comparison.yaml"));

    VendorComparisonScenario c = ((LoadedScenario.Comparison) loaded).scenario();
    assertThat(c.company().reps()).isEqualTo(Estimate.triangular(18, 20, 24));
    assertThat(c.options())
        .extracting(VendorComparisonScenario.VendorOption::name)
        .containsExactly("Enterprise suite", "Mid-market CRM", "Lightweight pipeline tool");
    assertThat(c.options().get(2).rampUp()).isEmpty();
    assertThat(c.horizonYears()).isEqualTo(3);
    assertThat(loaded.kind()).isEqualTo("comparison");
  }

  @Test
  void parse_optionalKeysAbsent_takeDocumentedDefaults() {
    LoadedScenario loaded = loader.parse(quickWithout("other_monthly_costs"), "t.yaml");

    QuickScenario q = ((LoadedScenario.Quick) loaded).scenario();
    assertThat(q.otherMonthlyCosts()).isEqualTo(Estimate.fixed(0));
    assertThat(q.workingHoursPerWeek()).isEqualTo(QuickScenario.DEFAULT_WORKING_HOURS_PER_WEEK);
    assertThat(q.horizonMonths()).isEqualTo(QuickScenario.DEFAULT_HORIZON_MONTHS);
    assertThat(q.discountRate()).isEqualTo(QuickScenario.DEFAULT_DISCOUNT_RATE);
    assertThat(loaded.simulation()).isEqualTo(SimulationSettings.defaults());
  }

  @Test
  void parse_misspeltKey_namesPathAndSuggestsKnownKey() {
    String text =
        "tei:\n  benefits:\n    - {name: a, years: [1], risk_adjustment: 0}\n"
            + "    - {name: b, years: [1], risk_adjustmnt: 0.1}\n"
            + "  costs:\n    - {name: c, initial: 0, years: [1], risk_adjustment: 0}\n";

    assertThatThrownBy(() -> loader.parse(text, "t.yaml"))
        .isInstanceOf(ScenarioException.class)
        .hasMessageContaining(
            "tei.benefits[1].risk_adjustmnt is not a known key (did you mean risk_adjustment?)")
        .hasMessageContaining("tei.benefits[1].risk_adjustment must be given but was missing");
  }

  @Test
  void parse_missingRequiredEstimate_namesPath() {
    assertThatThrownBy(() -> loader.parse(quickWithout("gross_margin"), "t.yaml"))
        .hasMessage("quick.gross_margin must be given but was missing");
  }

  @Test
  void parse_missingDistributionField_namesNestedPath() {
    String text =
        "tei:\n  benefits:\n    - name: a\n      years: [1, 2, {dist: normal, mean: 5}]\n"
            + "      risk_adjustment: 0\n"
            + "  costs: [{name: c, initial: 0, years: [1, 1, 1], risk_adjustment: 0}]\n";

    assertThatThrownBy(() -> loader.parse(text, "t.yaml"))
        .hasMessage("tei.benefits[0].years[2].sd must be given but was missing");
  }

  @Test
  void parse_unknownDistribution_listsAllowedOnes() {
    String text = quickWithout("reps") + "  reps: {dist: gamma, shape: 2}\n";

    assertThatThrownBy(() -> loader.parse(text, "t.yaml"))
        .hasMessage(
            "quick.reps.dist must be one of triangular, normal, uniform, lognormal, fixed but was"
                + " \"gamma\"");
  }

  @Test
  void parse_textWhereNumberExpected_namesPathAndValue() {
    String text = quickWithout("reps") + "  reps: twelve\n";

    assertThatThrownBy(() -> loader.parse(text, "t.yaml"))
        .hasMessageStartingWith("quick.reps must be a number or a distribution")
        .hasMessageEndingWith("but was \"twelve\"");
  }

  @Test
  void parse_fractionalHorizon_namesPathAndValue() {
    String text = quickWithout("horizon_months") + "  horizon_months: 12.5\n";

    assertThatThrownBy(() -> loader.parse(text, "t.yaml"))
        .hasMessage("quick.horizon_months must be a whole number within [1, 600] but was 12.5");
  }

  @Test
  void parse_severalProblems_reportsEachOnce() {
    String text = quickWithout("gross_margin") + "  gross_margn: 0.4\nsimulation: {draws: 0}\n";

    ScenarioException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            ScenarioException.class, () -> loader.parse(text, "t.yaml"));

    assertThat(e.problems())
        .extracting(ScenarioException.Problem::path)
        .containsExactly("quick.gross_margn", "quick.gross_margin", "simulation.draws");
  }

  @Test
  void parse_twoKinds_saysWhichShapesExist() {
    assertThatThrownBy(() -> loader.parse("quick: {}\ntei: {}\n", "t.yaml"))
        .hasMessageContaining("must have exactly one of a quick: section, a tei: section");
  }

  @Test
  void parse_duplicateKey_isInvalidYaml() {
    assertThatThrownBy(() -> loader.parse("quick:\n  reps: 1\n  reps: 2\n", "t.yaml"))
        .hasMessageStartingWith("t.yaml is not valid YAML")
        .hasMessageContaining("reps");
  }

  @Test
  void load_missingFile_namesIt() {
    assertThatThrownBy(() -> loader.load(Path.of("no-such.yaml")))
        .hasMessage("scenario file no-such.yaml does not exist");
  }

  @Test
  void parse_sectionNotAMapping_reportsOnlyTheSection() {
    assertThatThrownBy(() -> loader.parse("company: 3\noptions: []\n", "t.yaml"))
        .hasMessageStartingWith("company must be a mapping of reps, monthly_cost_per_rep")
        .hasMessageEndingWith("but was 3");
  }

  /** A complete quick section without one key. */
  static String quickWithout(String key) {
    String all =
        "quick:\n  reps: 10\n  monthly_cost_per_rep: 7000\n  average_deal_revenue: 5000\n"
            + "  deals_per_rep_per_month: 2\n  gross_margin: 0.4\n  win_rate_uplift: 0.05\n"
            + "  deal_size_uplift: 0.02\n  cross_sell_uplift: 0.01\n"
            + "  hours_saved_per_rep_per_week: 2\n  crm_price_per_user_per_month: 50\n"
            + "  one_off_costs: 10000\n  other_monthly_costs: 100\n";
    return all.replaceAll("(?m)^  " + key + ":.*\n", "");
  }
}
