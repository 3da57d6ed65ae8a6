-- crm_user surveys (employees rating the CRM) answered in the period: num = score.
SELECT 'surveys' AS record_table, s.survey_id AS record_id, s.answered_at AS at,
  CAST(NULL AS VARCHAR) AS account_id, coalesce(s.user_id, t.agent_id) AS user_id,
  CAST(NULL AS VARCHAR) AS product_line, t.channel,
  s.score AS num, 1.0 AS den, CAST(NULL AS DOUBLE) AS obs, CAST(NULL AS DOUBLE) AS flag,
  p.t0 AS bucket
FROM surveys s
LEFT JOIN tickets t ON t.ticket_id = s.ticket_id
CROSS JOIN p
WHERE s.kind = 'crm_user' AND s.answered_at >= p.t0 AND s.answered_at < p.t1
