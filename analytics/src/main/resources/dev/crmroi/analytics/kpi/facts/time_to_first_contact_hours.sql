-- Leads created in the period and contacted: obs = hours from created_at to first_contact_at.
SELECT 'leads' AS record_table, l.lead_id AS record_id, l.created_at AS at,
  l.account_id, l.owner_id AS user_id, CAST(NULL AS VARCHAR) AS product_line,
  coalesce(c.channel, l.source) AS channel,
  epoch(l.first_contact_at - l.created_at) / 3600.0 AS num, 1.0 AS den,
  epoch(l.first_contact_at - l.created_at) / 3600.0 AS obs, CAST(NULL AS DOUBLE) AS flag
FROM leads l
LEFT JOIN campaigns c ON c.campaign_id = l.campaign_id
CROSS JOIN p
WHERE l.first_contact_at IS NOT NULL AND l.created_at >= p.t0 AND l.created_at < p.t1
