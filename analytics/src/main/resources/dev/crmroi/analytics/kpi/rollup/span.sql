-- The first and last calendar month holding any dated fact a rolled-up KPI counts.
SELECT CAST(CAST(date_trunc('month', min(d0)) AS DATE) AS VARCHAR) AS first_month,
  CAST(CAST(date_trunc('month', max(d1)) AS DATE) AS VARCHAR) AS last_month
FROM (
  SELECT min(created_at) AS d0, max(greatest(created_at, closed_at)) AS d1 FROM opportunities
  UNION ALL SELECT min(created_at), max(created_at) FROM leads
  UNION ALL SELECT min(occurred_at), max(occurred_at) FROM activities
  UNION ALL SELECT min(opened_at), max(greatest(opened_at, resolved_at)) FROM tickets
  UNION ALL SELECT min(answered_at), max(answered_at) FROM surveys
  UNION ALL SELECT min(issued_on), max(issued_on) FROM invoices
  UNION ALL SELECT min(period_start), max(period_end) FROM spend
  UNION ALL SELECT min(incurred_on), max(greatest(incurred_on, end_on)) FROM crm_costs
)
