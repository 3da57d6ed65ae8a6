-- Opportunities won or lost in the period: num = 1 when won, den = 1.
SELECT 'opportunities' AS record_table, o.opportunity_id AS record_id, o.closed_at AS at,
  o.account_id, o.owner_id AS user_id, o.product_line, c.channel,
  CASE WHEN o.stage = 'won' THEN 1.0 ELSE 0.0 END AS num, 1.0 AS den,
  CAST(NULL AS DOUBLE) AS obs, CAST(NULL AS DOUBLE) AS flag,
  p.t0 AS bucket
FROM opportunities o
LEFT JOIN campaigns c ON c.campaign_id = o.campaign_id
CROSS JOIN p
WHERE o.stage IN ('won', 'lost') AND o.closed_at >= p.t0 AND o.closed_at < p.t1
