-- Users who logged in during the period (den = 1): num = their logins in it.
SELECT 'users' AS record_table, g.user_id AS record_id, min(g."at") AS at,
  CAST(NULL AS VARCHAR) AS account_id, g.user_id, CAST(NULL AS VARCHAR) AS product_line,
  CAST(NULL AS VARCHAR) AS channel, CAST(count(*) AS DOUBLE) AS num, 1.0 AS den, CAST(NULL AS DOUBLE) AS obs, CAST(NULL AS DOUBLE) AS flag
FROM user_logins g CROSS JOIN p
WHERE g."at" >= p.t0 AND g."at" < p.t1
GROUP BY g.user_id
