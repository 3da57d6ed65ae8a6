/**
 * Pure finance functions for ROI reporting: NPV (time-0 and spreadsheet conventions), XNPV, IRR,
 * XIRR, MIRR, payback, ROI and break-even (definitions in design/metrics.md, Finance).
 *
 * <p>Conventions: rates are fractions per period (0.1 = 10%) and must be &gt; -1; flows are
 * doubles, positive for money in; dated functions count actual days / 365 from the first date
 * given, as Excel does. Results that do not exist or are not unique raise {@link
 * dev.crmroi.core.finance.FinanceException}, never NaN; a payback that never happens is an empty
 * {@link java.util.OptionalDouble}.
 */
package dev.crmroi.core.finance;
