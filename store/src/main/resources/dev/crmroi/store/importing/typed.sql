-- One vectorised pass over the file: every canonical column parsed from its source text, and
-- whether the row has any problem. Rows that break the CSV structure (wrong field count, bad
-- quoting, bad encoding) go to import_csv_errors instead.
CREATE OR REPLACE TEMP TABLE import_typed AS
SELECT _rn, ${final_columns}, _bad
FROM (
  SELECT row_number() OVER () AS _rn,
    ${parsed_columns},
    ${bad} AS _bad
  FROM read_csv(${csv}, store_rejects = true,
    rejects_table = 'import_csv_errors', rejects_scan = 'import_csv_scans')
)
