package dev.crmroi.analytics.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.crmroi.core.kpi.Dimension;
import dev.crmroi.core.kpi.KpiValue;
import dev.crmroi.core.kpi.Period;
import dev.crmroi.store.Store;
import dev.crmroi.store.importing.ImportListener;
import dev.crmroi.store.importing.Importer;
import dev.crmroi.store.importing.ProfileLoader;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * KPIs of the public data sets (read in place from {@code crmroi.datasets}, never copied) against
 * the figures published beside them in their SOURCE.md.
 */
class PublicDatasetKpiTest {
  private static final Period ALL_TIME = Period.parse("2000-01-01..2030-12-31");

  @Test
  void mavenSalesPipeline_wholeHistory_winRateAndRevenueMatchPublishedFigures() {
    try (Store store = TestStores.empty()) {
      importWith(
          store,
          "maven-sales-pipeline.yaml",
          "opportunities=" + dataset("crm-sales-opportunities/sales_pipeline.csv"));
      KpiEngine engine = new KpiEngine(store, KpiRegistry.standard(), 0.35);

      KpiValue winRate = only(engine.compute("win_rate", ALL_TIME, Dimension.NONE));
      assertThat(winRate.numerator().getAsDouble()).isEqualTo(4238);
      assertThat(winRate.denominator().getAsDouble()).isEqualTo(4238 + 2473);
      assertThat(winRate.value().getAsDouble()).isCloseTo(0.6315, within(5e-5));
      KpiValue revenue = only(engine.compute("revenue_won", ALL_TIME, Dimension.NONE));
      assertThat(revenue.value().getAsDouble()).isEqualTo(10_005_534);
      assertThat(revenue.n()).isEqualTo(4238);
    }
  }

  @Test
  void telcoChurn_flagAsSubscriptions_churnShareIs1869Of7043() {
    try (Store store = TestStores.empty()) {
      importWith(
          store,
          "telco-churn.yaml",
          "subscriptions=" + dataset("telco-churn/Telco-Customer-Churn.csv"));
      KpiEngine engine = new KpiEngine(store, KpiRegistry.standard(), 0.35);

      KpiValue churn = only(engine.compute("churn_rate", Period.parse("2024"), Dimension.NONE));
      assertThat(churn.numerator().getAsDouble()).isEqualTo(1869);
      assertThat(churn.denominator().getAsDouble()).isEqualTo(7043);
      KpiValue retention =
          only(engine.compute("retention_rate", Period.parse("2024"), Dimension.NONE));
      assertThat(retention.value().getAsDouble()).isCloseTo(5174.0 / 7043, within(1e-12));
    }
  }

  @Test
  void olistFunnel_wholeHistory_842Of8000LeadsConverted() {
    try (Store store = TestStores.empty()) {
      importWith(
          store,
          "olist-funnel.yaml",
          "leads=" + dataset("olist-marketing-funnel/olist_marketing_qualified_leads_dataset.csv"),
          "opportunities=" + dataset("olist-marketing-funnel/olist_closed_deals_dataset.csv"));
      KpiEngine engine = new KpiEngine(store, KpiRegistry.standard(), 0.35);

      KpiValue created = only(engine.compute("leads_created", ALL_TIME, Dimension.NONE));
      assertThat(created.value().getAsDouble()).isEqualTo(8000);
      KpiValue conversion = only(engine.compute("lead_conversion_rate", ALL_TIME, Dimension.NONE));
      assertThat(conversion.numerator().getAsDouble()).isEqualTo(842);
      assertThat(conversion.denominator().getAsDouble()).isEqualTo(8000);
    }
  }

  private static KpiValue only(List<KpiValue> values) {
    assertThat(values).hasSize(1);
    assertThat(values.get(0).reason()).isEmpty();
    return values.get(0);
  }

  private static void importWith(Store store, String profile, String... sources) {
    new Importer(store)
        .run(
            List.of(sources),
            new ProfileLoader().load(profile(profile)),
            "USD",
            ImportListener.SILENT);
  }

  private static String profile(String name) {
    try {
      return Path.of(PublicDatasetKpiTest.class.getResource("profiles/" + name).toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String dataset(String relative) {
    Path root = Path.of(System.getProperty("crmroi.datasets", "/work/shared/datasets"));
    if (!Files.isDirectory(root)) {
      root = Path.of("/work/shared/datasets");
    }
    Path file = root.resolve(relative);
    Assumptions.assumeTrue(Files.isRegularFile(file), "public data set missing: " + file);
    return file.toString();
  }
}
