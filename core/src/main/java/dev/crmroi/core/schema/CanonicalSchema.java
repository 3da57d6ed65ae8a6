package dev.crmroi.core.schema;

import static dev.crmroi.core.schema.ColumnType.BOOLEAN;
import static dev.crmroi.core.schema.ColumnType.CURRENCY;
import static dev.crmroi.core.schema.ColumnType.DATE;
import static dev.crmroi.core.schema.ColumnType.ID;
import static dev.crmroi.core.schema.ColumnType.MONEY;
import static dev.crmroi.core.schema.ColumnType.NUMBER;
import static dev.crmroi.core.schema.ColumnType.TEXT;
import static dev.crmroi.core.schema.ColumnType.TIMESTAMP;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The canonical tables every source is mapped into (design: data-model.md). Import, the generator
 * and the quality audit read the tables' shape from here; the store's migrations create the same
 * columns, and a test keeps the two in step.
 */
public final class CanonicalSchema {

  /** Roles a CRM user can have. */
  public static final List<String> USER_ROLES =
      List.of("sales", "service", "marketing", "manager", "admin");

  /** Categories of the total-cost-of-ownership ledger ({@code crm_costs.category}). */
  public static final List<String> COST_CATEGORIES =
      List.of(
          "licence",
          "implementation",
          "consulting",
          "data_migration",
          "customisation",
          "integration",
          "training",
          "internal_staff",
          "maintenance",
          "support",
          "hardware",
          "infrastructure",
          "other");

  private static final List<TableSpec> TABLES =
      List.of(
          // fx_rates first: import converts money with it, so it loads before the tables that
          // carry amounts.
          table(
              "fx_rates",
              List.of("on", "currency"),
              req("on", DATE),
              req("currency", CURRENCY),
              req("rate", NUMBER)),
          table(
              "users",
              List.of("user_id"),
              req("user_id", ID),
              col("name", TEXT),
              col("email", TEXT),
              oneOf("role", USER_ROLES),
              col("team", TEXT),
              col("region", TEXT),
              col("hired_on", DATE),
              col("left_on", DATE),
              withDefault(col("licensed", BOOLEAN), "true")),
          table(
              "user_logins",
              List.of("user_id", "at"),
              ref(req("user_id", ID), "users"),
              req("at", TIMESTAMP)),
          table(
              "accounts",
              List.of("account_id"),
              req("account_id", ID),
              col("name", TEXT),
              col("industry", TEXT),
              col("region", TEXT),
              col("segment", TEXT),
              col("size_band", TEXT),
              col("created_at", TIMESTAMP),
              ref(col("owner_id", ID), "users")),
          table(
              "contacts",
              List.of("contact_id"),
              req("contact_id", ID),
              ref(col("account_id", ID), "accounts"),
              col("first_name", TEXT),
              col("last_name", TEXT),
              col("email", TEXT),
              col("phone", TEXT),
              col("created_at", TIMESTAMP)),
          table(
              "campaigns",
              List.of("campaign_id"),
              req("campaign_id", ID),
              col("name", TEXT),
              col("channel", TEXT),
              col("started_on", DATE),
              col("ended_on", DATE),
              col("cost", MONEY),
              col("currency", CURRENCY)),
          table(
              "leads",
              List.of("lead_id"),
              req("lead_id", ID),
              req("created_at", TIMESTAMP),
              col("source", TEXT),
              ref(col("campaign_id", ID), "campaigns"),
              ref(col("account_id", ID), "accounts"),
              ref(col("owner_id", ID), "users"),
              oneOf("status", List.of("open", "qualified", "converted", "disqualified")),
              col("first_contact_at", TIMESTAMP),
              col("converted_at", TIMESTAMP),
              ref(col("opportunity_id", ID), "opportunities")),
          table(
              "opportunities",
              List.of("opportunity_id"),
              req("opportunity_id", ID),
              req("created_at", TIMESTAMP),
              ref(col("account_id", ID), "accounts"),
              ref(col("owner_id", ID), "users"),
              oneOf("stage", List.of("open", "won", "lost")),
              col("closed_at", TIMESTAMP),
              oneOf("type", List.of("new", "upsell", "cross_sell", "renewal")),
              col("amount", MONEY),
              col("currency", CURRENCY),
              col("cost_of_sale", MONEY),
              col("product_line", TEXT),
              col("source", TEXT),
              ref(col("campaign_id", ID), "campaigns"),
              col("lost_reason", TEXT)),
          table(
              "activities",
              List.of("activity_id"),
              req("activity_id", ID),
              required(oneOf("type", List.of("call", "email", "meeting", "task", "quote", "note"))),
              req("occurred_at", TIMESTAMP),
              ref(col("user_id", ID), "users"),
              ref(col("account_id", ID), "accounts"),
              ref(col("contact_id", ID), "contacts"),
              ref(col("lead_id", ID), "leads"),
              ref(col("opportunity_id", ID), "opportunities"),
              ref(col("ticket_id", ID), "tickets"),
              col("duration_min", NUMBER),
              col("outcome", TEXT)),
          table(
              "touches",
              List.of("touch_id"),
              req("touch_id", ID),
              req("occurred_at", TIMESTAMP),
              req("channel", TEXT),
              ref(col("contact_id", ID), "contacts"),
              ref(col("lead_id", ID), "leads"),
              ref(col("account_id", ID), "accounts"),
              ref(col("campaign_id", ID), "campaigns")),
          table(
              "tickets",
              List.of("ticket_id"),
              req("ticket_id", ID),
              req("opened_at", TIMESTAMP),
              ref(col("account_id", ID), "accounts"),
              ref(col("contact_id", ID), "contacts"),
              ref(col("agent_id", ID), "users"),
              col("channel", TEXT),
              col("category", TEXT),
              col("priority", TEXT),
              col("first_response_at", TIMESTAMP),
              col("resolved_at", TIMESTAMP),
              col("closed_at", TIMESTAMP),
              col("handle_time_min", NUMBER),
              withDefault(col("reopened", BOOLEAN), "false")),
          table(
              "surveys",
              List.of("survey_id"),
              req("survey_id", ID),
              required(oneOf("kind", List.of("csat", "nps", "ces", "crm_user"))),
              req("score", NUMBER),
              req("answered_at", TIMESTAMP),
              ref(col("account_id", ID), "accounts"),
              ref(col("contact_id", ID), "contacts"),
              ref(col("ticket_id", ID), "tickets"),
              ref(col("user_id", ID), "users"),
              col("comment", TEXT)),
          table(
              "invoices",
              List.of("invoice_id"),
              req("invoice_id", ID),
              ref(req("account_id", ID), "accounts"),
              req("issued_on", DATE),
              req("amount", MONEY),
              col("currency", CURRENCY),
              col("cost", MONEY),
              ref(col("opportunity_id", ID), "opportunities")),
          table(
              "subscriptions",
              List.of("subscription_id"),
              req("subscription_id", ID),
              ref(req("account_id", ID), "accounts"),
              req("started_on", DATE),
              req("mrr", MONEY),
              col("currency", CURRENCY),
              col("ended_on", DATE),
              col("end_reason", TEXT),
              col("product_line", TEXT)),
          table(
              "spend",
              List.of("spend_id"),
              req("spend_id", ID),
              required(oneOf("category", List.of("marketing", "sales", "service"))),
              req("period_start", DATE),
              req("period_end", DATE),
              req("amount", MONEY),
              col("currency", CURRENCY),
              ref(col("campaign_id", ID), "campaigns"),
              col("description", TEXT)),
          table(
              "crm_costs",
              List.of("cost_id"),
              req("cost_id", ID),
              required(oneOf("category", COST_CATEGORIES)),
              req("amount", MONEY),
              req("incurred_on", DATE),
              col("currency", CURRENCY),
              withDefault(
                  oneOf("recurrence", List.of("once", "monthly", "quarterly", "annual")), "once"),
              col("end_on", DATE),
              col("vendor", TEXT),
              col("description", TEXT)));

  private CanonicalSchema() {}

  /** Every canonical table, in the order import loads them. */
  public static List<TableSpec> tables() {
    return TABLES;
  }

  /** The canonical table with this name, if there is one. */
  public static Optional<TableSpec> table(String name) {
    return TABLES.stream().filter(t -> t.name().equals(name)).findFirst();
  }

  private static TableSpec table(String name, List<String> key, ColumnSpec... columns) {
    return new TableSpec(name, Arrays.asList(columns), key);
  }

  private static ColumnSpec col(String name, ColumnType type) {
    return new ColumnSpec(name, type, false, List.of(), Optional.empty(), Optional.empty());
  }

  private static ColumnSpec req(String name, ColumnType type) {
    return required(col(name, type));
  }

  private static ColumnSpec oneOf(String name, List<String> allowed) {
    return new ColumnSpec(
        name, ColumnType.ENUM, false, allowed, Optional.empty(), Optional.empty());
  }

  private static ColumnSpec required(ColumnSpec c) {
    return new ColumnSpec(c.name(), c.type(), true, c.allowed(), c.references(), c.defaultValue());
  }

  private static ColumnSpec ref(ColumnSpec c, String table) {
    return new ColumnSpec(
        c.name(), c.type(), c.required(), c.allowed(), Optional.of(table), c.defaultValue());
  }

  private static ColumnSpec withDefault(ColumnSpec c, String value) {
    return new ColumnSpec(
        c.name(), c.type(), c.required(), c.allowed(), c.references(), Optional.of(value));
  }
}
