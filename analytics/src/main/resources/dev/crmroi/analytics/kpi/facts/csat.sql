-- csat surveys answered in the period: num = score, flag = 1 when the score is 4 or 5.
SELECT 'surveys' AS record_table, s.survey_id AS record_id, s.answered_at AS at,
  coalesce(s.account_id, t.account_id) AS account_id, coalesce(s.user_id, t.agent_id) AS user_id,
  CAST(NULL AS VARCHAR) AS product_line, t.channel,
  s.score AS num, 1.0 AS den, CAST(NULL AS DOUBLE) AS obs, CASE WHEN s.score >= 4 THEN 1.0 ELSE 0.0 END AS flag,
  p.t0 AS bucket
FROM surveys s
LEFT JOIN tickets t ON t.ticket_id = s.ticket_id
CROSS JOIN p
WHERE s.kind = 'csat' AND s.answered_at >= p.t0 AND s.answered_at < p.t1
