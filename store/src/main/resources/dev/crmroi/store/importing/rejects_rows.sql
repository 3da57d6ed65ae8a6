INSERT INTO import_rejects
SELECT ${import_id}, ${table}, ${file},
  _rn + 1 + (SELECT count(*) FROM import_csv_bad b WHERE b.threshold <= t._rn),
  ${record_key}, p.col, left(p.val, 200), p.why
FROM (SELECT *, unnest(_problems) AS p FROM import_typed WHERE len(_problems) > 0) t
