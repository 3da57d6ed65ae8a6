-- Won opportunities closed in the period: num = amount, den = 1.
SELECT 'opportunities' AS record_table, o.opportunity_id AS record_id, o.closed_at AS at,
  o.account_id, o.owner_id AS user_id, o.product_line, c.channel,
  CAST(coalesce(o.amount_rc, 0) AS DOUBLE) AS num, 1.0 AS den,
  CAST(NULL AS DOUBLE) AS obs, CAST(NULL AS DOUBLE) AS flag,
  p.t0 AS bucket
FROM opportunities o
LEFT JOIN campaigns c ON c.campaign_id = o.campaign_id
CROSS JOIN p
WHERE o.stage = 'won' AND o.closed_at >= p.t0 AND o.closed_at < p.t1
