-- Money is converted at the nearest earlier rate of its currency; before the first rate, at
-- the first rate.
INSERT INTO ${table} (${columns})
SELECT ${values}
FROM import_valid v ${fx_join}
