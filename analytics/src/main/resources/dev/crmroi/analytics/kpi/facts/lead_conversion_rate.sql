-- The cohort of leads created in the period: num = 1 when converted (status converted, a
-- converted_at, or the opportunity it names exists), den = 1.
SELECT 'leads' AS record_table, l.lead_id AS record_id, l.created_at AS at,
  l.account_id, l.owner_id AS user_id, CAST(NULL AS VARCHAR) AS product_line,
  coalesce(c.channel, l.source) AS channel,
  CASE WHEN l.status = 'converted' OR l.converted_at IS NOT NULL
    OR EXISTS (SELECT 1 FROM opportunities o WHERE o.opportunity_id = l.opportunity_id)
    THEN 1.0 ELSE 0.0 END AS num, 1.0 AS den,
  CAST(NULL AS DOUBLE) AS obs, CAST(NULL AS DOUBLE) AS flag,
  p.t0 AS bucket
FROM leads l
LEFT JOIN campaigns c ON c.campaign_id = l.campaign_id
CROSS JOIN p
WHERE l.created_at >= p.t0 AND l.created_at < p.t1
