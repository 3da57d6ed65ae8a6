-- Tickets resolved in the period (num = 1) and service users employed at some time in it
-- (den = 1); sliced by the agent, so tickets carry no account.
SELECT 'tickets' AS record_table, t.ticket_id AS record_id, t.resolved_at AS at, CAST(NULL AS VARCHAR) AS account_id,
  t.agent_id AS user_id, CAST(NULL AS VARCHAR) AS product_line, CAST(NULL AS VARCHAR) AS channel,
  1.0 AS num, 0.0 AS den, CAST(NULL AS DOUBLE) AS obs, CAST(NULL AS DOUBLE) AS flag
FROM tickets t CROSS JOIN p
WHERE t.resolved_at >= p.t0 AND t.resolved_at < p.t1
UNION ALL
SELECT 'users', s.user_id, CAST(s.hired_on AS TIMESTAMP), NULL, s.user_id, NULL, NULL,
  0.0, 1.0, NULL, NULL
FROM users s CROSS JOIN p
WHERE s.role = 'service' AND (s.hired_on IS NULL OR s.hired_on < p.t1)
  AND (s.left_on IS NULL OR s.left_on >= p.t0)
