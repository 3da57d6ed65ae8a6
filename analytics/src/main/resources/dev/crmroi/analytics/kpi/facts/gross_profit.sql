-- Revenue and cost of the period: invoices issued in it; when no invoice was imported at all,
-- won opportunities closed in it. Cost is the invoice cost, else the linked opportunity's
-- cost_of_sale pro rata, else revenue × (1 − gross_margin). num = revenue − cost, den = revenue.
SELECT 'invoices' AS record_table, i.invoice_id AS record_id, CAST(i.issued_on AS TIMESTAMP) AS at,
  i.account_id, coalesce(o.owner_id, ac.owner_id) AS user_id, o.product_line, c.channel,
  CAST(i.amount_rc AS DOUBLE) - CAST(coalesce(i.cost_rc,
      o.cost_of_sale_rc * i.amount_rc / nullif(o.amount_rc, 0),
      i.amount_rc * (1 - ${gross_margin})) AS DOUBLE) AS num,
  CAST(i.amount_rc AS DOUBLE) AS den, CAST(NULL AS DOUBLE) AS obs, CAST(NULL AS DOUBLE) AS flag,
  p.t0 AS bucket
FROM invoices i
LEFT JOIN opportunities o ON o.opportunity_id = i.opportunity_id
LEFT JOIN accounts ac ON ac.account_id = i.account_id
LEFT JOIN campaigns c ON c.campaign_id = o.campaign_id
CROSS JOIN p
WHERE i.issued_on >= CAST(p.t0 AS DATE) AND i.issued_on < CAST(p.t1 AS DATE)
UNION ALL
SELECT 'opportunities', o.opportunity_id, o.closed_at, o.account_id, o.owner_id, o.product_line,
  c.channel,
  CAST(coalesce(o.amount_rc, 0) AS DOUBLE) - CAST(coalesce(o.cost_of_sale_rc,
      coalesce(o.amount_rc, 0) * (1 - ${gross_margin})) AS DOUBLE),
  CAST(coalesce(o.amount_rc, 0) AS DOUBLE), NULL, NULL, p.t0
FROM opportunities o
LEFT JOIN campaigns c ON c.campaign_id = o.campaign_id
CROSS JOIN p
WHERE NOT EXISTS (SELECT 1 FROM invoices)
  AND o.stage = 'won' AND o.closed_at >= p.t0 AND o.closed_at < p.t1
