-- Learning history: at the start t of every quarter in [?, ?), the opportunities open then, and how
-- many of each age bucket and type were won within that quarter.
WITH s AS (
  SELECT q AS t FROM range(CAST(? AS TIMESTAMP), CAST(? AS TIMESTAMP), INTERVAL 3 MONTH) r(q)
),
o AS (
${open_at}
)
SELECT age_bucket, type, count(*) AS n, count(*) FILTER (WHERE won) AS wins
FROM o
GROUP BY age_bucket, type
ORDER BY age_bucket, type
