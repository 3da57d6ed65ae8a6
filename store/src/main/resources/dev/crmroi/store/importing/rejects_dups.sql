INSERT INTO import_rejects
SELECT ${import_id}, ${table}, ${file},
  t._rn + 1
    + (SELECT count(*) FROM import_csv_bad b WHERE b.threshold <= t._rn),
  ${record_key}, ${key_name}, left(${record_key}, 200),
  'duplicate ' || ${key_name} || ' ''' || ${record_key} || ''' in this file; the row at line '
    || (d.first_rn + 1 + (SELECT count(*) FROM import_csv_bad b WHERE b.threshold <= d.first_rn))
    || ' is kept'
FROM import_typed t JOIN import_dups d ON ${key_join_td}
WHERE t._rn > d.first_rn AND NOT t._bad
