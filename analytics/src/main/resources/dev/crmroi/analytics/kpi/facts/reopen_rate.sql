-- Tickets resolved in the period: num = 1 when reopened.
SELECT 'tickets' AS record_table, t.ticket_id AS record_id, t.resolved_at AS at, t.account_id, t.agent_id AS user_id, CAST(NULL AS VARCHAR) AS product_line, t.channel,
  CASE WHEN t.reopened THEN 1.0 ELSE 0.0 END AS num, 1.0 AS den, CAST(NULL AS DOUBLE) AS obs, CAST(NULL AS DOUBLE) AS flag,
  p.t0 AS bucket
FROM tickets t CROSS JOIN p
WHERE t.resolved_at >= p.t0 AND t.resolved_at < p.t1
