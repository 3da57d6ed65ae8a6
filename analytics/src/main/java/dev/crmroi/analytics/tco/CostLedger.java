package dev.crmroi.analytics.tco;

import dev.crmroi.store.SqlResource;
import dev.crmroi.store.Store;
import dev.crmroi.store.StoreException;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@code crm_costs} ledger as a series of charges in the reporting currency: recurring rows
 * (monthly, quarterly, annual) expanded until their {@code end_on} or the window's end, each charge
 * converted at its own date's exchange rate. The expansion runs in DuckDB.
 */
public final class CostLedger {
  private final Store store;
  private final String currency;

  /**
   * @param store the store holding {@code crm_costs} and {@code fx_rates}
   * @param currency the reporting currency the store's rates convert into
   */
  public CostLedger(Store store, String currency) {
    this.store = store;
    this.currency = currency;
  }

  /** Every charge from {@code from} to {@code to}, both inclusive. */
  public Tco between(LocalDate from, LocalDate to) {
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("TCO window ends " + to + " before it starts " + from);
    }
    String sql = SqlResource.text(CostLedger.class, "charges.sql");
    try (PreparedStatement p = store.connection().prepareStatement(sql)) {
      p.setDate(1, Date.valueOf(to));
      p.setDate(2, Date.valueOf(from));
      p.setDate(3, Date.valueOf(to));
      List<TcoCharge> charges = new ArrayList<>();
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          charges.add(
              new TcoCharge(
                  r.getString(1), r.getString(2), r.getDate(3).toLocalDate(), r.getDouble(4)));
        }
      }
      return new Tco(from, to, currency, charges);
    } catch (SQLException e) {
      throw new StoreException("cannot expand the cost ledger: " + e.getMessage(), e);
    }
  }

  /** The first day any cost was incurred, if the ledger has any row. */
  public Optional<LocalDate> firstCost() {
    return date("SELECT min(incurred_on) FROM crm_costs");
  }

  /** The last day with business data in the store (activities, deals, tickets, …), if any. */
  public Optional<LocalDate> dataEnd() {
    return date(SqlResource.text(CostLedger.class, "data_end.sql"));
  }

  private Optional<LocalDate> date(String sql) {
    try (PreparedStatement p = store.connection().prepareStatement(sql);
        ResultSet r = p.executeQuery()) {
      r.next();
      Date d = r.getDate(1);
      return d == null ? Optional.empty() : Optional.of(d.toLocalDate());
    } catch (SQLException e) {
      throw new StoreException("cannot read dates from the store: " + e.getMessage(), e);
    }
  }
}
