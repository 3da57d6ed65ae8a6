package dev.crmroi.analytics.quality;

import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * The audit of one table that holds rows; every score is 0–100.
 *
 * @param table the table
 * @param rows rows in the store
 * @param completeness share of checked cells that are filled
 * @param validity share of rows without invalid values (rows rejected at the last import count as
 *     invalid rows)
 * @param uniqueness share of rows that are not a second copy of another row
 * @param consistency share of rows without a consistency problem
 * @param freshness how up to date and gap-free the table is; empty for tables that are not a stream
 *     of dated events
 * @param exactDuplicates rows that are extra exact copies (duplicate ids or identical content)
 * @param fuzzyDuplicates rows that are extra near copies
 * @param orphans rows with a reference to a missing record
 * @param freshnessDays days from the table's newest record to the store's newest record
 * @param gapMonths months without any record between the table's first and last month
 * @param rejected rows of this table rejected by the last import
 * @param score weighted mean of the dimensions
 */
public record TableQuality(
    String table,
    long rows,
    double completeness,
    double validity,
    double uniqueness,
    double consistency,
    OptionalDouble freshness,
    long exactDuplicates,
    long fuzzyDuplicates,
    long orphans,
    OptionalLong freshnessDays,
    long gapMonths,
    long rejected,
    double score) {}
