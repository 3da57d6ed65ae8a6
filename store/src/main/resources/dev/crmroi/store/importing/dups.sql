-- Keys that occur more than once among the good rows of one file; the first row is kept.
CREATE OR REPLACE TEMP TABLE import_dups AS
SELECT ${key_columns}, min(_rn) AS first_rn, count(*) AS copies
FROM import_typed
WHERE NOT _bad
GROUP BY ALL
HAVING count(*) > 1
