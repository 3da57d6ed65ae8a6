-- Lines that broke the CSV structure. A good record's file line is its rank plus one (the
-- header) plus the number of broken lines before it; "threshold" is the rank from which a
-- broken line counts.
CREATE OR REPLACE TEMP TABLE import_csv_bad AS
SELECT line, line - row_number() OVER (ORDER BY line) AS threshold
FROM (SELECT DISTINCT line FROM ${csv_errors})
