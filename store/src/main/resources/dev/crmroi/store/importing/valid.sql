-- The rows that load: no problem, and the first of any duplicated key. A view: the first import
-- of a table reads it once, straight into the table.
CREATE OR REPLACE TEMP VIEW import_valid AS
SELECT ${typed_columns}
FROM import_typed t LEFT JOIN import_dups d ON ${key_join_td}
WHERE NOT t._bad AND (d.first_rn IS NULL OR t._rn = d.first_rn)
