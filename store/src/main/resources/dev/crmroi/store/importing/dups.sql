-- Keys that occur more than once among the good rows of one file; the first row is kept. The
-- later rows of such keys (few) go to import_skip, so that loading the good rows needs no join
-- of the whole file with its keys.
CREATE OR REPLACE TEMP TABLE import_dups AS
SELECT ${key_columns}, min(_rn) AS first_rn, count(*) AS copies
FROM import_typed
WHERE NOT _bad
GROUP BY ALL
HAVING count(*) > 1;

CREATE OR REPLACE TEMP TABLE import_skip AS
SELECT t.*, d.first_rn
FROM import_typed t JOIN import_dups d ON ${key_join_td}
WHERE t._rn > d.first_rn AND NOT t._bad
