-- The last import's rejects join the findings, as validity problems of their table.
INSERT INTO q_findings
SELECT table_name, coalesce(column_name, '(row)'), 'rejected_at_import', 'validity',
       coalesce(record_key, file || ':' || line)
FROM import_rejects
WHERE import_id = (SELECT max(import_id) FROM imports)
