-- An account is active on a day when a subscription runs that day (started_on ≤ day <
-- ended_on) or it won a deal or was invoiced in the 12 months up to that day.
-- Accounts active on the first day (den = 1): num = 1 when no longer active on the last day.
WITH evidence AS (
  SELECT account_id, started_on AS s, ended_on AS e FROM subscriptions
  UNION ALL
  SELECT account_id, CAST(closed_at AS DATE), CAST(CAST(closed_at AS DATE) + INTERVAL 12 MONTH AS DATE)
  FROM opportunities
  WHERE stage = 'won' AND closed_at IS NOT NULL AND account_id IS NOT NULL
  UNION ALL
  SELECT account_id, issued_on, CAST(issued_on + INTERVAL 12 MONTH AS DATE) FROM invoices
),
state AS (
  SELECT v.account_id,
    bool_or(v.s <= CAST(p.t0 AS DATE) AND (v.e IS NULL OR v.e > CAST(p.t0 AS DATE))) AS at_start,
    bool_or(v.s <= CAST(p.t1 AS DATE) - 1 AND (v.e IS NULL OR v.e > CAST(p.t1 AS DATE) - 1))
      AS at_end
  FROM evidence v CROSS JOIN p
  GROUP BY v.account_id
)
SELECT 'accounts' AS record_table, st.account_id AS record_id, CAST(NULL AS TIMESTAMP) AS at,
  st.account_id, ac.owner_id AS user_id, CAST(NULL AS VARCHAR) AS product_line,
  CAST(NULL AS VARCHAR) AS channel,
  CASE WHEN st.at_end THEN 0.0 ELSE 1.0 END AS num, 1.0 AS den,
  CAST(NULL AS DOUBLE) AS obs, CAST(NULL AS DOUBLE) AS flag
FROM state st LEFT JOIN accounts ac ON ac.account_id = st.account_id
WHERE st.at_start
