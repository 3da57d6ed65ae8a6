-- Charges of a recurring cost stop at its end_on: date_diff('month', …) counts month boundaries,
-- so a cost incurred on the 15th with end_on on the 1st of the next month got one charge after
-- its end. Replaces the macro of V003; everything else is unchanged.
CREATE OR REPLACE MACRO crm_cost_charges(until_day) AS TABLE
WITH ledger AS (
  SELECT cost_id, category, amount, currency, incurred_on,
    least(coalesce(end_on, CAST(until_day AS DATE)), CAST(until_day AS DATE)) AS last_on,
    CASE recurrence WHEN 'monthly' THEN 1 WHEN 'quarterly' THEN 3 WHEN 'annual' THEN 12 END AS step
  FROM crm_costs
),
charges AS (
  SELECT cost_id, category, amount, currency, incurred_on AS charged_on
  FROM ledger WHERE step IS NULL
  UNION ALL
  SELECT cost_id, category, amount, currency,
    CAST(incurred_on + to_months(CAST(k * step AS INTEGER)) AS DATE) AS charged_on
  FROM (
    SELECT *,
      unnest(range(0, greatest(date_diff('month', incurred_on, last_on) // step + 1, 0))) AS k
    FROM ledger WHERE step IS NOT NULL
  )
  WHERE CAST(incurred_on + to_months(CAST(k * step AS INTEGER)) AS DATE) <= last_on
)
SELECT c.cost_id, c.category, c.charged_on, c.currency, c.amount AS source_amount,
  CAST(c.amount * CASE
      WHEN c.currency IS NULL
        OR c.currency = (SELECT value FROM store_meta WHERE key = 'reporting_currency') THEN 1
      ELSE coalesce(fx.rate, fx0.rate)
    END AS DOUBLE) AS amount
FROM charges c
ASOF LEFT JOIN fx_rates fx ON c.currency = fx.currency AND c.charged_on >= fx."on"
LEFT JOIN (SELECT currency, arg_min(rate, "on") AS rate FROM fx_rates GROUP BY currency) fx0
  ON c.currency = fx0.currency;
