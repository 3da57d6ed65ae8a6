-- Sales and marketing spend prorated by day to the period (num), and new customers: accounts
-- whose first won opportunity closed in it (den = 1, channel of that opportunity's campaign).
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
WHERE s.category IN ('sales', 'marketing') AND s.period_start < CAST(p.t1 AS DATE)
  AND s.period_end >= CAST(p.t0 AS DATE)
UNION ALL
SELECT 'accounts', f.account_id, f.closed_at, f.account_id, f.owner_id, f.product_line, c.channel,
  0.0, 1.0, NULL, NULL, p.t0
FROM (
  SELECT o.*, row_number() OVER (PARTITION BY o.account_id ORDER BY o.closed_at, o.opportunity_id)
    AS k
  FROM opportunities o
  WHERE o.stage = 'won' AND o.account_id IS NOT NULL AND o.closed_at IS NOT NULL
) f
LEFT JOIN campaigns c ON c.campaign_id = f.campaign_id
CROSS JOIN p
WHERE f.k = 1 AND f.closed_at >= p.t0 AND f.closed_at < p.t1
