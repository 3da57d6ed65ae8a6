package dev.crmroi.analytics.kpi;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One record behind a KPI value, with what it adds to the numerator and the denominator; the
 * records of a slice add up to its value's numerator and denominator.
 *
 * @param table the canonical table it comes from
 * @param id its id in that table
 * @param at the time that placed it in the period, when it has one
 * @param numerator its contribution to the numerator
 * @param denominator its contribution to the denominator
 * @param observation its observation, for medians
 */
public record DrillRecord(
    String table,
    String id,
    Optional<String> at,
    double numerator,
    double denominator,
    OptionalDouble observation) {}
