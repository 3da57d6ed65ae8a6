-- The pipeline at instant ?: opportunities open then, by age bucket and type, with their amount.
WITH s AS (SELECT CAST(? AS TIMESTAMP) AS t),
o AS (
${open_at}
)
SELECT age_bucket, type, count(*) AS n, sum(amount) AS amount
FROM o
GROUP BY age_bucket, type
ORDER BY min(age_days), type
