package dev.crmroi.generator;

import dev.crmroi.core.schema.CanonicalSchema;
import dev.crmroi.core.schema.TableSpec;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The open CSV files of one canonical export and the id sequences of tables that several model
 * parts append to (activities, surveys, spend).
 */
final class Export implements AutoCloseable {

  static final byte[] USER = ascii("U-");
  static final byte[] ACCOUNT = ascii("A-");
  static final byte[] CONTACT = ascii("C-");
  static final byte[] CAMPAIGN = ascii("CMP-");
  static final byte[] LEAD = ascii("L-");
  static final byte[] OPPORTUNITY = ascii("O-");
  static final byte[] ACTIVITY = ascii("ACT-");
  static final byte[] TOUCH = ascii("T-");
  static final byte[] TICKET = ascii("TK-");
  static final byte[] SURVEY = ascii("S-");
  static final byte[] INVOICE = ascii("INV-");
  static final byte[] SUBSCRIPTION = ascii("SUB-");
  static final byte[] SPEND = ascii("SP-");
  static final byte[] COST = ascii("CC-");

  final CsvSink fxRates;
  final CsvSink users;
  final CsvSink userLogins;
  final CsvSink accounts;
  final CsvSink contacts;
  final CsvSink campaigns;
  final CsvSink leads;
  final CsvSink opportunities;
  final CsvSink activities;
  final CsvSink touches;
  final CsvSink tickets;
  final CsvSink surveys;
  final CsvSink invoices;
  final CsvSink subscriptions;
  final CsvSink spend;
  final CsvSink crmCosts;

  long nextActivity = 1;
  long nextSurvey = 1;
  long nextSpend = 1;

  private final List<CsvSink> all = new ArrayList<>();

  Export(Path dir, Progress progress) {
    Map<String, CsvSink> byName = new LinkedHashMap<>();
    for (TableSpec t : CanonicalSchema.tables()) {
      CsvSink sink = new CsvSink(dir, t.name(), progress);
      byName.put(t.name(), sink);
      all.add(sink);
    }
    fxRates = byName.get("fx_rates");
    users = byName.get("users");
    userLogins = byName.get("user_logins");
    accounts = byName.get("accounts");
    contacts = byName.get("contacts");
    campaigns = byName.get("campaigns");
    leads = byName.get("leads");
    opportunities = byName.get("opportunities");
    activities = byName.get("activities");
    touches = byName.get("touches");
    tickets = byName.get("tickets");
    surveys = byName.get("surveys");
    invoices = byName.get("invoices");
    subscriptions = byName.get("subscriptions");
    spend = byName.get("spend");
    crmCosts = byName.get("crm_costs");
  }

  /** Data rows per table, in canonical order. */
  Map<String, Long> rowCounts() {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (CsvSink s : all) {
      counts.put(s.table(), s.rows());
    }
    return counts;
  }

  @Override
  public void close() {
    for (CsvSink s : all) {
      s.close();
    }
  }

  static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }

  static String id(byte[] prefix, long n) {
    return new String(prefix, StandardCharsets.US_ASCII) + n;
  }
}
