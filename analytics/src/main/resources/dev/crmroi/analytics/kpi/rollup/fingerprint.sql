-- A cheap fingerprint of what the rolled-up KPIs read: the last import and every table's row
-- count. Every import changes it; rollups built before it are then ignored until refreshed.
SELECT concat_ws(':',
  (SELECT coalesce(max(import_id), 0) FROM imports),
  (SELECT coalesce(max(value), '') FROM store_meta WHERE key = 'reporting_currency'),
  (SELECT count(*) FROM accounts), (SELECT count(*) FROM users),
  (SELECT count(*) FROM campaigns), (SELECT count(*) FROM leads),
  (SELECT count(*) FROM opportunities), (SELECT count(*) FROM activities),
  (SELECT count(*) FROM tickets), (SELECT count(*) FROM surveys),
  (SELECT count(*) FROM invoices), (SELECT count(*) FROM spend),
  (SELECT count(*) FROM crm_costs), (SELECT count(*) FROM fx_rates)) AS fingerprint
