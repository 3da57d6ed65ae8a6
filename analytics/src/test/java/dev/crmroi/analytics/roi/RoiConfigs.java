package dev.crmroi.analytics.roi;

import dev.crmroi.core.config.CrmRoiConfig;
import dev.crmroi.core.config.GoLive;

/** Copies of a configuration with one setting changed, for tests. */
final class RoiConfigs {
  private RoiConfigs() {}

  static CrmRoiConfig withBootstrap(CrmRoiConfig c, int replicates, long seed) {
    return c.withBootstrap(new CrmRoiConfig.Bootstrap(replicates, seed));
  }

  static CrmRoiConfig withGoLive(CrmRoiConfig c, GoLive goLive) {
    return c.withGoLive(goLive);
  }
}
