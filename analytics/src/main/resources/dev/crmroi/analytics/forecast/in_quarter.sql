-- For every quarter starting in [?, ?): revenue of opportunities both created and won within it
-- (business the pipeline at its start could not contain); 0 for a quarter with none.
SELECT CAST(CAST(r.q AS DATE) AS VARCHAR) AS quarter_start,
  coalesce(sum(CAST(coalesce(o.amount_rc, 0) AS DOUBLE)), 0) AS revenue
FROM range(CAST(? AS TIMESTAMP), CAST(? AS TIMESTAMP), INTERVAL 3 MONTH) r(q)
LEFT JOIN opportunities o ON o.stage = 'won' AND o.created_at >= r.q
  AND o.closed_at < r.q + INTERVAL 3 MONTH
GROUP BY r.q
ORDER BY r.q
