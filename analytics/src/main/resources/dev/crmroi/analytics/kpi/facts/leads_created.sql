-- Leads created in the period; channel is the campaign's channel, else the lead's source.
SELECT 'leads' AS record_table, l.lead_id AS record_id, l.created_at AS at,
  l.account_id, l.owner_id AS user_id, CAST(NULL AS VARCHAR) AS product_line,
  coalesce(c.channel, l.source) AS channel,
  1.0 AS num, 0.0 AS den, CAST(NULL AS DOUBLE) AS obs, CAST(NULL AS DOUBLE) AS flag,
  p.t0 AS bucket
FROM leads l
LEFT JOIN campaigns c ON c.campaign_id = l.campaign_id
CROSS JOIN p
WHERE l.created_at >= p.t0 AND l.created_at < p.t1
