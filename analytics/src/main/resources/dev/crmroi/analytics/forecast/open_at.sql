-- Opportunities open at each snapshot instant t of the table s(t) (created before t and not closed
-- before it, as pipeline_value counts them), with their age bucket (whole days since created_at),
-- type, amount in the reporting currency, and whether they were won in the quarter from t.
SELECT s.t,
  CASE
    WHEN date_diff('day', o.created_at, s.t) < 30 THEN '0-29 days'
    WHEN date_diff('day', o.created_at, s.t) < 90 THEN '30-89 days'
    WHEN date_diff('day', o.created_at, s.t) < 180 THEN '90-179 days'
    WHEN date_diff('day', o.created_at, s.t) < 365 THEN '180-364 days'
    ELSE '365+ days'
  END AS age_bucket,
  date_diff('day', o.created_at, s.t) AS age_days,
  coalesce(nullif(trim(o.type), ''), 'unknown') AS type,
  CAST(coalesce(o.amount_rc, 0) AS DOUBLE) AS amount,
  o.stage = 'won' AND o.closed_at >= s.t AND o.closed_at < s.t + INTERVAL 3 MONTH AS won
FROM opportunities o
JOIN s ON o.created_at < s.t
  AND ((o.stage = 'open' AND (o.closed_at IS NULL OR o.closed_at >= s.t))
    OR (o.stage IN ('won', 'lost') AND o.closed_at >= s.t))
