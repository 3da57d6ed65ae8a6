-- The last day with data: the newest date among the tables that record business activity.
SELECT max(d) FROM (
  SELECT max(CAST(occurred_at AS DATE)) AS d FROM activities
  UNION ALL SELECT max(CAST(coalesce(closed_at, created_at) AS DATE)) FROM opportunities
  UNION ALL SELECT max(CAST(created_at AS DATE)) FROM leads
  UNION ALL SELECT max(CAST(opened_at AS DATE)) FROM tickets
  UNION ALL SELECT max(issued_on) FROM invoices
  UNION ALL SELECT max(started_on) FROM subscriptions
  UNION ALL SELECT max(CAST("at" AS DATE)) FROM user_logins
)
