-- Per account with MRR on the first day of the period: den = that MRR, num = its MRR on the last
-- day (start + expansion − contraction − churned, new accounts excluded).
WITH mrr AS (
  SELECT s.account_id,
    sum(CASE WHEN s.started_on <= CAST(p.t0 AS DATE)
          AND (s.ended_on IS NULL OR s.ended_on > CAST(p.t0 AS DATE))
        THEN CAST(s.mrr_rc AS DOUBLE) ELSE 0 END) AS start_mrr,
    sum(CASE WHEN s.started_on <= CAST(p.t1 AS DATE) - 1
          AND (s.ended_on IS NULL OR s.ended_on > CAST(p.t1 AS DATE) - 1)
        THEN CAST(s.mrr_rc AS DOUBLE) ELSE 0 END) AS end_mrr
  FROM subscriptions s CROSS JOIN p
  GROUP BY s.account_id
)
SELECT 'accounts' AS record_table, m.account_id AS record_id, CAST(NULL AS TIMESTAMP) AS at,
  m.account_id, ac.owner_id AS user_id, CAST(NULL AS VARCHAR) AS product_line,
  CAST(NULL AS VARCHAR) AS channel, m.end_mrr AS num, m.start_mrr AS den,
  CAST(NULL AS DOUBLE) AS obs, CAST(NULL AS DOUBLE) AS flag
FROM mrr m LEFT JOIN accounts ac ON ac.account_id = m.account_id
WHERE m.start_mrr > 0
