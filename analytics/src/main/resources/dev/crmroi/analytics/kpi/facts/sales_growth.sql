-- Won revenue of this period (num +amount) and of the previous one (num −amount, den +amount),
-- so that num = this − previous and den = previous.
SELECT 'opportunities' AS record_table, o.opportunity_id AS record_id, o.closed_at AS at,
  o.account_id, o.owner_id AS user_id, o.product_line, c.channel,
  CASE WHEN o.closed_at >= p.t0 THEN 1 ELSE -1 END * CAST(coalesce(o.amount_rc, 0) AS DOUBLE)
    AS num,
  CASE WHEN o.closed_at >= p.t0 THEN 0.0 ELSE CAST(coalesce(o.amount_rc, 0) AS DOUBLE) END AS den,
  CAST(NULL AS DOUBLE) AS obs, CAST(NULL AS DOUBLE) AS flag
FROM opportunities o
LEFT JOIN campaigns c ON c.campaign_id = o.campaign_id
CROSS JOIN p
WHERE o.stage = 'won' AND o.closed_at >= p.pt0 AND o.closed_at < p.t1
