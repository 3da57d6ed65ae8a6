-- One vectorised pass over the file, in layers so that nothing is parsed twice: the trimmed
-- text of each canonical column, its parsed value, the value with defaults and whether the row
-- has any problem, then rules that keep a value only when another column allows it. _rn is the
-- record's number in the file (row_number over the scan, which keeps file order; a table's
-- rowid does not when DuckDB inserts in parallel). Rows that break the CSV structure (wrong field
-- count, bad quoting, bad encoding) go to import_csv_errors instead.
CREATE OR REPLACE TEMP TABLE import_typed AS
SELECT _rn, ${final_columns}, _bad
FROM (
  SELECT _rn, ${value_columns},
    ${bad} AS _bad
  FROM (
    SELECT _rn, ${parsed_columns}
    FROM (
      SELECT row_number() OVER () AS _rn, ${text_columns}
      FROM read_csv(${csv}, store_rejects = true,
        rejects_table = 'import_csv_errors', rejects_scan = 'import_csv_scans')
    )
  )
)
