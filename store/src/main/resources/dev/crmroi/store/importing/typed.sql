-- One vectorised pass over the file, in layers so that nothing is parsed twice: the trimmed
-- text of each canonical column, its parsed value, the value with defaults and whether the row
-- has any problem, then rules that keep a value only when another column allows it. Rows that
-- break the CSV structure (wrong field count, bad quoting, bad encoding) go to import_csv_errors
-- instead (${csv_errors}). ${numbering} is empty on the fast path: the table then keeps file order (insertion
-- order is preserved), so a record's number follows from its rowid (see numbered.sql); when that
-- check fails, the pass is run again with "row_number() OVER () AS _rn," (single-threaded).
CREATE OR REPLACE TEMP TABLE ${parsed} AS
SELECT ${numbering_out} ${final_columns}, _bad
FROM (
  SELECT ${numbering_out} ${value_columns},
    ${bad} AS _bad
  FROM (
    SELECT ${numbering_out} ${parsed_columns}
    FROM (
      SELECT ${numbering} ${text_columns}
      FROM read_csv(${csv}, store_rejects = true,
        rejects_table = '${csv_errors}', rejects_scan = '${csv_scans}')
    )
  )
)
