-- The rows that load: no problem, and the first of any duplicated key.
CREATE OR REPLACE TEMP TABLE import_valid AS
SELECT ${typed_columns}
FROM import_typed t LEFT JOIN import_dups d ON ${key_join_td}
WHERE len(t._problems) = 0 AND (d.first_rn IS NULL OR t._rn = d.first_rn)
