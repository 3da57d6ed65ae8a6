-- Licensed users employed at some time in the period (den = 1): num = 1 with a login in it.
SELECT 'users' AS record_table, s.user_id AS record_id, CAST(s.hired_on AS TIMESTAMP) AS at,
  CAST(NULL AS VARCHAR) AS account_id, s.user_id, CAST(NULL AS VARCHAR) AS product_line,
  CAST(NULL AS VARCHAR) AS channel,
  CASE WHEN EXISTS (SELECT 1 FROM user_logins g
      WHERE g.user_id = s.user_id AND g."at" >= p.t0 AND g."at" < p.t1)
    THEN 1.0 ELSE 0.0 END AS num,
  1.0 AS den, CAST(NULL AS DOUBLE) AS obs, CAST(NULL AS DOUBLE) AS flag
FROM users s CROSS JOIN p
WHERE coalesce(s.licensed, true) AND (s.hired_on IS NULL OR s.hired_on < p.t1)
  AND (s.left_on IS NULL OR s.left_on >= p.t0)
