-- The last import's rejected rows per table and column, with example record keys or lines.
SELECT table_name, coalesce(column_name, '(row)') AS column_name, count(*) AS n,
       list(DISTINCT coalesce(record_key, file || ':' || line)
            ORDER BY coalesce(record_key, file || ':' || line))[1:10] AS examples
FROM import_rejects
WHERE import_id = (SELECT max(import_id) FROM imports)
GROUP BY ALL
