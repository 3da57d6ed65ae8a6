-- Charges of the CRM cost ledger in the period (recurring rows expanded up to the last period's
-- end, which leaves the charges of earlier periods as they are; each charge at its own
-- date's exchange rate: the store's crm_cost_charges); num = the charge.
SELECT 'crm_costs' AS record_table, c.cost_id || '@' || CAST(c.charged_on AS VARCHAR) AS record_id,
  CAST(c.charged_on AS TIMESTAMP) AS at,
  CAST(NULL AS VARCHAR) AS account_id, CAST(NULL AS VARCHAR) AS user_id,
  CAST(NULL AS VARCHAR) AS product_line, CAST(NULL AS VARCHAR) AS channel,
  c.amount AS num, 0.0 AS den, CAST(NULL AS DOUBLE) AS obs, CAST(NULL AS DOUBLE) AS flag,
  p.t0 AS bucket
FROM crm_cost_charges((SELECT max(CAST(t1 AS DATE)) - 1 FROM p)) c
CROSS JOIN p
WHERE c.charged_on >= CAST(p.t0 AS DATE) AND c.charged_on < CAST(p.t1 AS DATE)
