package dev.crmroi.generator;

/**
 * The expected incremental benefit (USD) the injected CRM effect creates, per stream, unit and
 * month. Model parts add to it as they generate, from their own parameters, never from the random
 * draws, so the truth is an expectation and not one noisy realisation.
 */
final class EffectLedger {

  static final String[] STREAMS = {
    "sales_effectiveness", "customer_retention", "service_efficiency", "marketing_efficiency"
  };
  static final int SALES = 0;
  static final int RETENTION = 1;
  static final int SERVICE = 2;
  static final int MARKETING = 3;

  private final double[][][] usd = new double[STREAMS.length][Unit.ALL.size()][Timeline.MONTHS];
  private final double[][] avoidedChurnedMrr = new double[Unit.ALL.size()][Timeline.MONTHS];

  void add(int stream, int unit, int month, double value) {
    if (month >= 0 && month < Timeline.MONTHS) {
      usd[stream][unit][month] += value;
    }
  }

  void addAvoidedChurnedMrr(int unit, int month, double value) {
    avoidedChurnedMrr[unit][month] += value;
  }

  double value(int stream, int unit, int month) {
    return usd[stream][unit][month];
  }

  double avoidedChurnedMrr(int unit, int month) {
    return avoidedChurnedMrr[unit][month];
  }
}
