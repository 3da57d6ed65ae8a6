-- Only for files with bad rows: read the file again and describe every problem of those rows
-- (column, offending text, reason). Good files never pay for this.
INSERT INTO import_rejects
SELECT ${import_id}, ${table}, ${file},
  x._rn + 1 + (SELECT count(*) FROM import_csv_bad b WHERE b.threshold <= x._rn),
  ${record_key}, struct_extract(x.p, 'col'), left(struct_extract(x.p, 'val'), 200),
  struct_extract(x.p, 'why')
FROM (
  SELECT _rn, unnest(list_filter([${problems}], p -> p IS NOT NULL)) AS p
  FROM (SELECT row_number() OVER () AS _rn, * FROM read_csv(${csv}, ignore_errors = true))
) x JOIN import_typed t ON x._rn = t._rn
