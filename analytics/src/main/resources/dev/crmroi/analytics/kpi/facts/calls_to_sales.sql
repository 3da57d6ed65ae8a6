-- Calls in the period (num = 1) and won opportunities closed in it (den = 1).
SELECT 'activities' AS record_table, x.activity_id AS record_id, x.occurred_at AS at,
  x.account_id, x.user_id, CAST(NULL AS VARCHAR) AS product_line,
  CAST(NULL AS VARCHAR) AS channel, 1.0 AS num, 0.0 AS den,
  CAST(NULL AS DOUBLE) AS obs, CAST(NULL AS DOUBLE) AS flag,
  p.t0 AS bucket
FROM activities x CROSS JOIN p
WHERE x.type = 'call' AND x.occurred_at >= p.t0 AND x.occurred_at < p.t1
UNION ALL
SELECT 'opportunities' AS record_table, o.opportunity_id AS record_id, o.closed_at AS at,
  o.account_id, o.owner_id AS user_id, o.product_line, c.channel,
  0.0 AS num, 1.0 AS den, CAST(NULL AS DOUBLE) AS obs, CAST(NULL AS DOUBLE) AS flag,
  p.t0 AS bucket
FROM opportunities o
LEFT JOIN campaigns c ON c.campaign_id = o.campaign_id
CROSS JOIN p
WHERE o.stage = 'won' AND o.closed_at >= p.t0 AND o.closed_at < p.t1
