package dev.crmroi.analytics.quality;

import static dev.crmroi.store.SqlResource.ident;

import dev.crmroi.core.schema.TableSpec;
import dev.crmroi.store.SqlResource;
import dev.crmroi.store.StoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Finds duplicate records: exact ones (identical in every column but the id) in every table with a
 * single id, and fuzzy ones among accounts and contacts (normalised names, e-mails and phones,
 * Jaro-Winkler similarity within blocks, all in SQL). Matching pairs become groups as connected
 * components; every member after the first is one uniqueness finding.
 */
final class DuplicateFinder {
  static final String EXACT_REASON = "identical in every column but the id";

  /**
   * Tables whose rows may repeat on purpose, so only their ids are checked: ledgers (two licences
   * bought the same day at the same price) and touches (often recorded per day, so two referral
   * touches of one contact on one day are two identical rows).
   */
  static final Set<String> REPEATABLE =
      Set.of("invoices", "subscriptions", "spend", "crm_costs", "touches");

  private final Connection connection;
  private final Sql sql;
  private final double nameSimilarity;

  DuplicateFinder(Connection connection, double nameSimilarity) {
    this.connection = connection;
    this.sql = new Sql(connection);
    this.nameSimilarity = nameSimilarity;
  }

  /** The duplicate groups of {@code table} (which holds rows), recorded as findings too. */
  List<DuplicateGroup> run(TableSpec table) {
    if (table.key().size() != 1) {
      return List.of();
    }
    Components components = new Components();
    List<List<String>> exactGroups =
        REPEATABLE.contains(table.name()) ? List.of() : exactGroups(table);
    for (List<String> ids : exactGroups) {
      for (int i = 1; i < ids.size(); i++) {
        components.link(ids.get(0), ids.get(i), EXACT_REASON);
      }
    }
    for (Pair p : fuzzyPairs(table)) {
      components.link(p.a(), p.b(), p.reason());
    }
    List<DuplicateGroup> groups = new ArrayList<>();
    for (Components.Component c : components.components()) {
      boolean exact = c.reasons().equals(List.of(EXACT_REASON));
      groups.add(new DuplicateGroup(table.name(), c.ids(), String.join("; ", c.reasons()), exact));
    }
    record(groups);
    return groups;
  }

  /** Pairs of fuzzy duplicates of {@code table}; only accounts and contacts are searched. */
  List<Pair> fuzzyPairs(TableSpec table) {
    Map<String, String> values =
        Map.of("content", content(table), "name_similarity", Double.toString(nameSimilarity));
    if (table.name().equals("accounts")) {
      return sql.query("fuzzy_accounts.sql", values, Pair::of);
    }
    if (table.name().equals("contacts")) {
      sql.run("fuzzy_contacts_prepare.sql", values);
      List<Pair> pairs = sql.query("fuzzy_contacts.sql", values, Pair::of);
      sql.execute("DROP TABLE IF EXISTS q_contacts");
      return pairs;
    }
    return List.of();
  }

  private List<List<String>> exactGroups(TableSpec table) {
    Map<String, String> values =
        Map.of(
            "id", ident(table.key().get(0)),
            "table", ident(table.name()),
            "columns", content(table));
    return sql.query("exact_groups.sql", values, r -> Sql.strings(r, "ids"));
  }

  /** The non-key columns of {@code table}, quoted and comma separated. */
  private static String content(TableSpec table) {
    return table.columnNames().stream()
        .filter(c -> !table.key().contains(c))
        .map(SqlResource::ident)
        .collect(Collectors.joining(", "));
  }

  private void record(List<DuplicateGroup> groups) {
    String insert = SqlResource.text(DuplicateFinder.class, "finding_insert.sql");
    try (PreparedStatement ps = connection.prepareStatement(insert)) {
      for (DuplicateGroup g : groups) {
        for (String id : g.ids().subList(1, g.ids().size())) {
          ps.setString(1, g.table());
          ps.setString(2, "(row)");
          ps.setString(3, g.exact() ? "exact_duplicate" : "fuzzy_duplicate");
          ps.setString(4, QualityDimension.UNIQUENESS.label());
          ps.setString(5, id);
          ps.addBatch();
        }
      }
      ps.executeBatch();
    } catch (SQLException e) {
      throw new StoreException("cannot record duplicate findings: " + e.getMessage(), e);
    }
  }

  /**
   * A matching pair.
   *
   * @param a the smaller id
   * @param b the larger id
   * @param reason the rule that matched
   */
  record Pair(String a, String b, String reason) {
    static Pair of(java.sql.ResultSet r) throws SQLException {
      return new Pair(r.getString("a"), r.getString("b"), r.getString("reason"));
    }
  }
}
