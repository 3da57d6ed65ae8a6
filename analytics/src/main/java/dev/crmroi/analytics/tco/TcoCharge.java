package dev.crmroi.analytics.tco;

import java.time.LocalDate;

/**
 * One charge of the cost-of-ownership ledger: a one-off cost, or one period of a recurring one.
 *
 * @param costId the ledger row it comes from
 * @param category the crm_costs category (licence, implementation, …)
 * @param chargedOn the day it is charged
 * @param amount the amount in the reporting currency, at that day's exchange rate
 */
public record TcoCharge(String costId, String category, LocalDate chargedOn, double amount) {}
