package dev.crmroi.generator;

/** Names for the independent random streams of {@link Randoms}, one per model part. */
final class Streams {
  static final int FX = 1;
  static final int USERS = 2;
  static final int LOGINS = 3;
  static final int ACCOUNTS = 4;
  static final int LEADS = 5;
  static final int TOUCHES = 6;
  static final int OPPORTUNITIES = 7;
  static final int ACTIVITIES = 8;
  static final int TICKETS = 9;
  static final int TICKET_DETAIL = 10;
  static final int SUBSCRIPTIONS = 11;
  static final int CAMPAIGNS = 12;
  static final int SURVEYS = 13;
  static final int COSTS = 14;
  static final int PRODUCT_LINE = 15;

  private Streams() {}
}
