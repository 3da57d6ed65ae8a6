-- The first day of business history: the oldest record among deals, leads, tickets and
-- activities (subscriptions may start long before the CRM era and are not used to set it).
SELECT min(d) FROM (
  SELECT min(CAST(created_at AS DATE)) AS d FROM opportunities
  UNION ALL SELECT min(CAST(created_at AS DATE)) FROM leads
  UNION ALL SELECT min(CAST(opened_at AS DATE)) FROM tickets
  UNION ALL SELECT min(CAST(occurred_at AS DATE)) FROM activities
)
