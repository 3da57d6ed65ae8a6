-- Won opportunities closed in the period: num = obs = days from created_at to closed_at.
SELECT 'opportunities' AS record_table, o.opportunity_id AS record_id, o.closed_at AS at,
  o.account_id, o.owner_id AS user_id, o.product_line, c.channel,
  epoch(o.closed_at - o.created_at) / 86400.0 AS num, 1.0 AS den,
  epoch(o.closed_at - o.created_at) / 86400.0 AS obs, CAST(NULL AS DOUBLE) AS flag
FROM opportunities o
LEFT JOIN campaigns c ON c.campaign_id = o.campaign_id
CROSS JOIN p
WHERE o.stage = 'won' AND o.closed_at >= p.t0 AND o.closed_at < p.t1
