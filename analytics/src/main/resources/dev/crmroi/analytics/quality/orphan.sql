INSERT INTO q_findings
SELECT ${table_name}, ${column_name}, 'orphan_reference', 'consistency', ${record_id}
FROM ${table} t
WHERE t.${column} IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM ${target} r WHERE r.${target_id} = t.${column})
