INSERT INTO import_rejects
SELECT ${import_id}, ${table}, ${file}, line, NULL, column_name, left(trim(csv_line, chr(10) || chr(13)), 200),
  CASE error_type
    WHEN 'TOO MANY COLUMNS' THEN 'the row has more fields than the header (' || error_message || ')'
    WHEN 'MISSING COLUMNS' THEN 'the row has fewer fields than the header (' || error_message || ')'
    ELSE lower(error_type) || ': ' || error_message
  END
FROM ${csv_errors}
