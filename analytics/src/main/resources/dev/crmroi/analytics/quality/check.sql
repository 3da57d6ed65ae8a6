INSERT INTO q_findings
SELECT ${table_name}, ${column_name}, ${kind}, ${dimension}, ${record_id}
FROM ${table}
WHERE ${predicate}
