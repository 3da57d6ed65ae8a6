-- Findings per table, column and kind, with the first ten record ids as examples.
SELECT table_name, column_name, kind, dimension,
       count(*) AS n,
       list(DISTINCT record_id ORDER BY record_id)[1:10] AS examples
FROM q_findings
GROUP BY ALL
