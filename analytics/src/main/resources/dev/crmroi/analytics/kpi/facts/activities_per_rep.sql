-- Activities in the period (num = 1) and sales users employed at some time in it (den = 1).
SELECT 'activities' AS record_table, x.activity_id AS record_id, x.occurred_at AS at,
  CAST(NULL AS VARCHAR) AS account_id, x.user_id, CAST(NULL AS VARCHAR) AS product_line,
  CAST(NULL AS VARCHAR) AS channel, 1.0 AS num, 0.0 AS den,
  CAST(NULL AS DOUBLE) AS obs, CAST(NULL AS DOUBLE) AS flag
FROM activities x CROSS JOIN p
WHERE x.occurred_at >= p.t0 AND x.occurred_at < p.t1
UNION ALL
SELECT 'users', s.user_id, CAST(s.hired_on AS TIMESTAMP), NULL, s.user_id, NULL, NULL,
  0.0, 1.0, NULL, NULL
FROM users s CROSS JOIN p
WHERE s.role = 'sales' AND (s.hired_on IS NULL OR s.hired_on < p.t1)
  AND (s.left_on IS NULL OR s.left_on >= p.t0)
