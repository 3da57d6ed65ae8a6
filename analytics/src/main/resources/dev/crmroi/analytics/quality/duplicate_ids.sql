-- An id held by n rows gives n - 1 findings: one per extra copy.
INSERT INTO q_findings
SELECT ${table_name}, ${column_name}, 'duplicate_id', 'uniqueness', rid
FROM (
  SELECT rid, unnest(range(n - 1)) AS copy
  FROM (SELECT ${record_id} AS rid, count(*) AS n FROM ${table} GROUP BY 1 HAVING count(*) > 1)
)
