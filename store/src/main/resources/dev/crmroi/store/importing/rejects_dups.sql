INSERT INTO import_rejects
SELECT ${import_id}, ${table}, ${file},
  t._rn + 1
    + (SELECT count(*) FROM import_csv_bad b WHERE b.threshold <= t._rn),
  ${record_key}, ${key_name}, left(${record_key}, 200),
  'duplicate ' || ${key_name} || ' ''' || ${record_key} || ''' in this file; the row at line '
    || (t.first_rn + 1 + (SELECT count(*) FROM import_csv_bad b WHERE b.threshold <= t.first_rn))
    || ' is kept'
FROM import_skip t
