COPY (
  SELECT table_name AS "table", column_name AS "column", record_id
  FROM q_findings
  WHERE kind = ${kind}
  ORDER BY table_name, column_name, record_id
) TO ${file} (HEADER, DELIMITER ',')
