-- Charges of the TCO ledger inside a window (the expansion itself is the store's
-- crm_cost_charges macro, shared with the tco KPI).
SELECT cost_id, category, charged_on, amount
FROM crm_cost_charges(CAST(? AS DATE))
WHERE charged_on BETWEEN CAST(? AS DATE) AND CAST(? AS DATE)
ORDER BY charged_on, category, cost_id
