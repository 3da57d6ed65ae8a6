-- How many good rows replace an existing row, and how many of those are identical to it.
SELECT count(*) AS existing, count(*) FILTER (WHERE ${same_row}) AS unchanged
FROM import_valid v JOIN ${table} t ON ${key_join_vt}
