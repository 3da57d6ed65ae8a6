package dev.crmroi.analytics.roi;

import dev.crmroi.core.config.CrmRoiConfig;
import dev.crmroi.core.config.GoLive;

/** Copies of a configuration with one setting changed, for tests. */
final class RoiConfigs {
  private RoiConfigs() {}

  static CrmRoiConfig withBootstrap(CrmRoiConfig c, int replicates, long seed) {
    return new CrmRoiConfig(
        c.reportingCurrency(),
        c.units(),
        c.goLive(),
        c.analysisEnd(),
        c.horizonMonths(),
        c.discountRate(),
        c.grossMargin(),
        c.loadedHourlyCost(),
        c.riskAdjustment(),
        c.events(),
        c.goals(),
        c.qualityFailBelow(),
        new CrmRoiConfig.Bootstrap(replicates, seed),
        c.engine(),
        c.duckdb(),
        c.salesRampMonths(),
        c.qualityWeights());
  }

  static CrmRoiConfig withGoLive(CrmRoiConfig c, GoLive goLive) {
    return new CrmRoiConfig(
        c.reportingCurrency(),
        c.units(),
        goLive,
        c.analysisEnd(),
        c.horizonMonths(),
        c.discountRate(),
        c.grossMargin(),
        c.loadedHourlyCost(),
        c.riskAdjustment(),
        c.events(),
        c.goals(),
        c.qualityFailBelow(),
        c.bootstrap(),
        c.engine(),
        c.duckdb(),
        c.salesRampMonths(),
        c.qualityWeights());
  }
}
