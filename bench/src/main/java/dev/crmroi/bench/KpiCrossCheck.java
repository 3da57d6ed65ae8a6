package dev.crmroi.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Iterator;
import java.util.Map;

/**
 * Checks that pandas and crm-roi computed the same numbers: the largest relative difference over
 * every KPI and region the pandas baseline computes.
 */
final class KpiCrossCheck {
  private static final ObjectMapper JSON = new ObjectMapper();

  private KpiCrossCheck() {}

  /**
   * @param crmRoiJson {@code crm-roi kpi --format json} output
   * @param pandasJson the pandas script's {@code {kpi: {region: value}}}
   * @return the largest relative difference, and how many values were compared
   */
  static double[] maxRelativeDifference(String crmRoiJson, String pandasJson) throws Exception {
    JsonNode crm = JSON.readTree(crmRoiJson).path("kpis");
    JsonNode pandas = JSON.readTree(pandasJson);
    double worst = 0;
    int compared = 0;
    for (Iterator<Map.Entry<String, JsonNode>> kpis = pandas.fields(); kpis.hasNext(); ) {
      Map.Entry<String, JsonNode> kpi = kpis.next();
      for (Iterator<Map.Entry<String, JsonNode>> regions = kpi.getValue().fields();
          regions.hasNext(); ) {
        Map.Entry<String, JsonNode> region = regions.next();
        double expected = region.getValue().asDouble();
        double actual = valueOf(crm, kpi.getKey(), region.getKey());
        double scale = Math.max(Math.abs(expected), 1e-9);
        worst = Math.max(worst, Double.isNaN(actual) ? 1 : Math.abs(actual - expected) / scale);
        compared++;
      }
    }
    return new double[] {worst, compared};
  }

  private static double valueOf(JsonNode kpis, String id, String slice) {
    for (JsonNode k : kpis) {
      if (k.path("id").asText().equals(id) && k.path("slice").asText().equals(slice)) {
        return k.path("value").isNumber() ? k.path("value").asDouble() : Double.NaN;
      }
    }
    return Double.NaN;
  }
}
