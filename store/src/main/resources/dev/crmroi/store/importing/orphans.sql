SELECT count(*) FROM ${table} x
WHERE x.${column} IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM ${target} r WHERE r.${target_key} = x.${column})
