-- Per table and dimension: findings (cells, for completeness) and distinct records affected.
SELECT table_name, dimension, count(*) AS findings, count(DISTINCT record_id) AS records
FROM q_findings
GROUP BY ALL
