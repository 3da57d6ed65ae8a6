package dev.crmroi.generator;

/** The drawn attributes of one opportunity while it is being written. */
final class Deal {
  long created;
  int type;
  int account;
  int owner;
  double usd;
  boolean won;
  int closeLag;
  double closeFraction;
  double costShare;
  String lostReason;
  String productLine;
  int lead = -1;
}
