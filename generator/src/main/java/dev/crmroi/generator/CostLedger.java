package dev.crmroi.generator;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes the CRM's total-cost-of-ownership ledger ({@code crm_costs}) and the non-marketing
 * operating spend, and totals the TCO in USD over the history the way the analysis expands it: a
 * monthly or annual row is charged on {@code incurred_on} and every month (year) after it up to
 * {@code end_on}, each charge converted at its own month's rate.
 */
final class CostLedger {

  private static final double LICENCE_USD_PER_SEAT = 95;
  private static final double LICENCE_EUR_PER_SEAT = 88;
  private static final String VENDOR = "Cloudforce CRM";
  private static final String PARTNER = "Crestline Partners";

  private record Cost(
      String category,
      double amount,
      String currency,
      LocalDate incurred,
      String recurrence,
      LocalDate end,
      String vendor,
      String description) {}

  private final List<Cost> costs = new ArrayList<>();
  private final Map<String, Double> usdByCategory = new TreeMap<>();

  CostLedger(Workforce staff, Scale scale) {
    int f = scale.factor();
    YearMonth firstLive = Unit.ALL.get(0).goLive().orElseThrow();
    LocalDate end = Timeline.LAST_MONTH.atEndOfMonth();
    once(
        "implementation",
        60_000.0 * f,
        "USD",
        firstLive.minusMonths(6),
        PARTNER,
        "CRM design and configuration, phase 1");
    once(
        "data_migration",
        28_000.0 * f,
        "USD",
        firstLive.minusMonths(2),
        PARTNER,
        "Legacy CRM and spreadsheet migration");
    once(
        "integration",
        15_000.0 * f,
        "USD",
        firstLive.minusMonths(1),
        PARTNER,
        "ERP and e-mail integration");
    once(
        "hardware",
        7_500.0 * f,
        "EUR",
        firstLive.minusMonths(3),
        "Office Supply GmbH",
        "Tablets for field sales");
    once(
        "customisation",
        18_000.0 * f,
        "USD",
        firstLive.plusMonths(5),
        PARTNER,
        "Renewal workflow and health scores");
    costs.add(
        new Cost(
            "internal_staff",
            2_000.0 * f,
            "USD",
            firstLive.minusMonths(3).atDay(1),
            "monthly",
            end,
            null,
            "CRM administrator (share of salary)"));
    costs.add(
        new Cost(
            "support",
            0.18 * 12 * LICENCE_USD_PER_SEAT * staffSeats(staff),
            "USD",
            firstLive.atDay(1),
            "annual",
            end,
            VENDOR,
            "Premier support plan"));
    for (Unit u : Unit.ALL) {
      u.goLive().ifPresent(live -> perUnit(staff, u, live, end, f));
    }
  }

  private void perUnit(Workforce staff, Unit u, YearMonth live, LocalDate end, int f) {
    int seats = seatsAt(staff, u, Timeline.indexOf(live));
    boolean euro = u.currency().equals("EUR");
    costs.add(
        new Cost(
            "licence",
            seats * (euro ? LICENCE_EUR_PER_SEAT : LICENCE_USD_PER_SEAT),
            u.currency(),
            live.minusMonths(1).atDay(1),
            "monthly",
            end,
            VENDOR,
            u.name() + " licences, " + seats + " seats"));
    once(
        "training",
        seats * (euro ? 560.0 : 600.0),
        u.currency(),
        live.minusMonths(1),
        PARTNER,
        u.name() + " end-user training");
    once(
        "implementation",
        25_000.0 * f * u.weight(),
        u.currency(),
        live.minusMonths(1),
        PARTNER,
        u.name() + " rollout");
  }

  private void once(
      String category,
      double amount,
      String currency,
      YearMonth month,
      String vendor,
      String description) {
    costs.add(
        new Cost(category, amount, currency, month.atDay(15), "once", null, vendor, description));
  }

  private static int seatsAt(Workforce staff, Unit u, int month) {
    return (int)
        staff.users().stream()
            .filter(x -> x.unit() == u.index() && staff.activeIn(x, month))
            .count();
  }

  private static int staffSeats(Workforce staff) {
    int seats = 0;
    for (Unit u : Unit.ALL) {
      if (u.goLive().isPresent()) {
        seats += seatsAt(staff, u, Timeline.MONTHS - 1);
      }
    }
    return seats;
  }

  void write(Export export, FxRates fx) {
    long id = 1;
    for (Cost c : costs) {
      long cents = Math.round(c.amount() * 100);
      export
          .crmCosts
          .id(Export.COST, id++)
          .text(c.category())
          .cents(cents)
          .date(c.incurred().toEpochDay())
          .text(c.currency())
          .text(c.recurrence());
      if (c.end() == null) {
        export.crmCosts.empty();
      } else {
        export.crmCosts.date(c.end().toEpochDay());
      }
      export.crmCosts.text(c.vendor()).text(c.description());
      export.crmCosts.endRow();
      usdByCategory.merge(c.category(), expandUsd(c, cents / 100.0, fx), Double::sum);
    }
  }

  private static double expandUsd(Cost c, double amount, FxRates fx) {
    int step =
        switch (c.recurrence()) {
          case "monthly" -> 1;
          case "quarterly" -> 3;
          case "annual" -> 12;
          default -> 0;
        };
    double total = 0;
    LocalDate last = c.end() == null ? Timeline.LAST_MONTH.atEndOfMonth() : c.end();
    for (LocalDate d = c.incurred(); !d.isAfter(last); d = d.plusMonths(step)) {
      total += amount * fx.usdPer(c.currency(), d.toEpochDay());
      if (step == 0) {
        break;
      }
    }
    return total;
  }

  /** TCO per category in USD over the history (call after {@link #write}). */
  Map<String, Double> usdByCategory() {
    return usdByCategory;
  }

  /** Sales and service operating spend per unit-month (not CRM costs, not valued). */
  static void writeOperatingSpend(Export export, FxRates fx, Scale scale) {
    for (int m = 0; m < Timeline.MONTHS; m++) {
      for (Unit u : Unit.ALL) {
        double base = u.weight() * scale.factor() * Timeline.trend(m);
        spendRow(export, fx, u, m, "sales", 14_000 * base, "Sales travel and events");
        spendRow(export, fx, u, m, "service", 6_000 * base, "Service tooling and outsourcing");
      }
    }
  }

  private static void spendRow(
      Export export, FxRates fx, Unit u, int m, String category, double usd, String description) {
    long day = Timeline.monthStartDay(m);
    export
        .spend
        .id(Export.SPEND, export.nextSpend++)
        .text(category)
        .date(day)
        .date(Timeline.monthStartDay(m + 1) - 1)
        .cents(fx.toLocalCents(usd, u.currency(), day))
        .text(u.currency())
        .empty()
        .text(description);
    export.spend.endRow();
  }
}
