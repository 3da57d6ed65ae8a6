-- nps surveys answered in the period: num = +1 promoter (9–10), −1 detractor (0–6), 0 passive.
SELECT 'surveys' AS record_table, s.survey_id AS record_id, s.answered_at AS at,
  coalesce(s.account_id, t.account_id) AS account_id, coalesce(s.user_id, t.agent_id) AS user_id,
  CAST(NULL AS VARCHAR) AS product_line, t.channel,
  CASE WHEN s.score >= 9 THEN 1.0 WHEN s.score <= 6 THEN -1.0 ELSE 0.0 END AS num, 1.0 AS den, CAST(NULL AS DOUBLE) AS obs, CAST(NULL AS DOUBLE) AS flag,
  p.t0 AS bucket
FROM surveys s
LEFT JOIN tickets t ON t.ticket_id = s.ticket_id
CROSS JOIN p
WHERE s.kind = 'nps' AND s.answered_at >= p.t0 AND s.answered_at < p.t1
