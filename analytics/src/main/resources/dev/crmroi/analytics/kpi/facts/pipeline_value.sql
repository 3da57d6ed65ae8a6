-- Opportunities open at the end of the period: created before it ended and not closed by then
-- (still open, or closed later); num = amount.
SELECT 'opportunities' AS record_table, o.opportunity_id AS record_id, o.created_at AS at,
  o.account_id, o.owner_id AS user_id, o.product_line, c.channel,
  CAST(coalesce(o.amount_rc, 0) AS DOUBLE) AS num, 0.0 AS den,
  CAST(NULL AS DOUBLE) AS obs, CAST(NULL AS DOUBLE) AS flag
FROM opportunities o
LEFT JOIN campaigns c ON c.campaign_id = o.campaign_id
CROSS JOIN p
WHERE o.created_at < p.t1
  AND ((o.stage = 'open' AND (o.closed_at IS NULL OR o.closed_at >= p.t1))
    OR (o.stage IN ('won', 'lost') AND o.closed_at >= p.t1))
