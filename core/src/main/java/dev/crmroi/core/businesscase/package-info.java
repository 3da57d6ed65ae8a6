/**
 * The business case ({@code calc}, design/roi-method.md "Business case"): is a CRM worth it on
 * paper?
 *
 * <ul>
 *   <li>{@link dev.crmroi.core.businesscase.QuickCalculator}: vendor-style monthly calculator.
 *   <li>{@link dev.crmroi.core.businesscase.TeiModel}: Forrester TEI-style multi-year model with
 *       risk adjustment and flexibility.
 *   <li>{@link dev.crmroi.core.businesscase.VendorComparison}: several CRM options and a
 *       recommendation.
 *   <li>Every numeric input is an {@link dev.crmroi.core.businesscase.Estimate}: a number or a
 *       distribution; {@code simulate} runs a seeded Monte Carlo, {@code tornado} ranks inputs by
 *       the NPV swing between their 10th and 90th percentiles.
 *   <li>{@link dev.crmroi.core.businesscase.BenchmarkPresets}: cited ranges with caveats.
 * </ul>
 *
 * <p>Input records map one to one onto the scenario files in {@code examples/} (record components
 * in snake case; a distribution is a map with a {@code dist:} key). Impossible inputs raise {@link
 * dev.crmroi.core.businesscase.ScenarioException} naming each field path and value. Pure: no I/O.
 */
package dev.crmroi.core.businesscase;
