-- One vectorised pass over the file: every canonical column parsed from its source text, and the
-- list of problems of each row (empty when the row is good). Rows that break the CSV structure
-- (wrong field count, bad quoting, bad encoding) go to import_csv_errors instead.
CREATE OR REPLACE TEMP TABLE import_typed AS
SELECT _rn, ${final_columns}, _problems
FROM (
  SELECT row_number() OVER () AS _rn,
    ${parsed_columns},
    list_filter([${problems}], p -> p IS NOT NULL) AS _problems
  FROM read_csv(${file}, header = true, auto_detect = false, columns = ${csv_columns},
    delim = ${delimiter}, quote = '"', escape = '"', encoding = ${encoding}, store_rejects = true,
    rejects_table = 'import_csv_errors', rejects_scan = 'import_csv_scans')
)
