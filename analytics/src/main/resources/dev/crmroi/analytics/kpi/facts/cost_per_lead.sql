-- Marketing spend prorated by day to the period (num), and leads created in it (den = 1).
SELECT 'spend' AS record_table, s.spend_id AS record_id, CAST(s.period_start AS TIMESTAMP) AS at,
  CAST(NULL AS VARCHAR) AS account_id, CAST(NULL AS VARCHAR) AS user_id,
  CAST(NULL AS VARCHAR) AS product_line, c.channel,
  CAST(coalesce(s.amount_rc, 0) AS DOUBLE)
    * date_diff('day', greatest(s.period_start, CAST(p.t0 AS DATE)),
        least(s.period_end + 1, CAST(p.t1 AS DATE)))
    / date_diff('day', s.period_start, s.period_end + 1) AS num,
  0.0 AS den, CAST(NULL AS DOUBLE) AS obs, CAST(NULL AS DOUBLE) AS flag,
  p.t0 AS bucket
FROM spend s
LEFT JOIN campaigns c ON c.campaign_id = s.campaign_id
CROSS JOIN p
WHERE s.category IN ('marketing') AND s.period_start < CAST(p.t1 AS DATE)
  AND s.period_end >= CAST(p.t0 AS DATE)
UNION ALL
SELECT 'leads' AS record_table, l.lead_id AS record_id, l.created_at AS at,
  l.account_id, l.owner_id AS user_id, CAST(NULL AS VARCHAR) AS product_line,
  coalesce(c.channel, l.source) AS channel,
  0.0 AS num, 1.0 AS den, CAST(NULL AS DOUBLE) AS obs, CAST(NULL AS DOUBLE) AS flag,
  p.t0 AS bucket
FROM leads l
LEFT JOIN campaigns c ON c.campaign_id = l.campaign_id
CROSS JOIN p
WHERE l.created_at >= p.t0 AND l.created_at < p.t1
