-- The records behind one slice of a KPI: the same facts as grouped.sql, row by row, so that
-- their contributions add up to the value's numerator and denominator.
WITH p AS (
  SELECT CAST(? AS TIMESTAMP) AS t0, CAST(? AS TIMESTAMP) AS t1, CAST(? AS TIMESTAMP) AS pt0
),
facts AS (
${facts}
),
sliced AS (
  SELECT ${slice} AS slice, f.*
  FROM facts f
  LEFT JOIN accounts a ON a.account_id = f.account_id
  LEFT JOIN users u ON u.user_id = f.user_id
)
SELECT record_table, record_id, CAST("at" AS VARCHAR) AS "at", num, den, obs
FROM sliced
WHERE slice = ?
ORDER BY "at", record_table, record_id
LIMIT ?
