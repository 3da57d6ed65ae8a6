-- Subscriptions running on the first day of the period (den = MRR): num = MRR when the
-- subscription ended during the period.
SELECT 'subscriptions' AS record_table, s.subscription_id AS record_id,
  CAST(s.ended_on AS TIMESTAMP) AS at, s.account_id, ac.owner_id AS user_id, s.product_line,
  CAST(NULL AS VARCHAR) AS channel,
  CASE WHEN s.ended_on < CAST(p.t1 AS DATE) THEN CAST(s.mrr_rc AS DOUBLE) ELSE 0.0 END AS num,
  CAST(s.mrr_rc AS DOUBLE) AS den, CAST(NULL AS DOUBLE) AS obs, CAST(NULL AS DOUBLE) AS flag
FROM subscriptions s
LEFT JOIN accounts ac ON ac.account_id = s.account_id
CROSS JOIN p
WHERE s.started_on <= CAST(p.t0 AS DATE)
  AND (s.ended_on IS NULL OR s.ended_on > CAST(p.t0 AS DATE))
