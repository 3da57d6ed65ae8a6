-- One vectorised pass over the file, in layers so that nothing is parsed twice: the trimmed
-- text of each canonical column, its parsed value, the value with defaults and whether the row
-- has any problem, then rules that keep a value only when another column allows it. Rows keep
-- file order, so rowid + 1 is a row's record number. Rows that break the CSV structure (wrong
-- field count, bad quoting, bad encoding) go to import_csv_errors instead.
CREATE OR REPLACE TEMP TABLE import_typed AS
SELECT ${final_columns}, _bad
FROM (
  SELECT ${value_columns},
    ${bad} AS _bad
  FROM (
    SELECT ${parsed_columns}
    FROM (
      SELECT ${text_columns}
      FROM read_csv(${csv}, store_rejects = true,
        rejects_table = 'import_csv_errors', rejects_scan = 'import_csv_scans')
    )
  )
)
