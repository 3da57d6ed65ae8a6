-- Tickets resolved in the period: num = obs = hours from opened_at to resolved_at.
SELECT 'tickets' AS record_table, t.ticket_id AS record_id, t.resolved_at AS at, t.account_id, t.agent_id AS user_id, CAST(NULL AS VARCHAR) AS product_line, t.channel,
  epoch(t.resolved_at - t.opened_at) / 3600.0 AS num, 1.0 AS den,
  epoch(t.resolved_at - t.opened_at) / 3600.0 AS obs, CAST(NULL AS DOUBLE) AS flag
FROM tickets t CROSS JOIN p
WHERE t.resolved_at >= p.t0 AND t.resolved_at < p.t1
