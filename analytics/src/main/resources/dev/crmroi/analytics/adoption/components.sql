-- The parts of each user's adoption score for one period [t0, t1): users employed at some time in
-- it (and licensed, when the column says); activities they logged in it by type; opportunities
-- they logged an activity against in it (the canonical trace of updating one); opportunities
-- they own closed (won or lost) in it; and the records they own at its end with how many are
-- complete: opportunities alive in the period (created before its end, not closed before its
-- start) with amount, account and type, and a closed_at when won or lost; accounts created
-- before its end with industry and region.
WITH p AS (SELECT CAST(? AS TIMESTAMP) AS t0, CAST(? AS TIMESTAMP) AS t1),
people AS (
  SELECT s.user_id, coalesce(s.name, s.user_id) AS name,
    coalesce(nullif(trim(s.team), ''), 'unassigned') AS team,
    coalesce(nullif(trim(s.region), ''), 'unassigned') AS region
  FROM users s CROSS JOIN p
  WHERE coalesce(s.licensed, true) AND (s.hired_on IS NULL OR s.hired_on < p.t1)
    AND (s.left_on IS NULL OR s.left_on >= p.t0)
),
logged AS (
  SELECT x.user_id,
    count(*) FILTER (WHERE x.type = 'call') AS calls,
    count(*) FILTER (WHERE x.type = 'meeting') AS meetings,
    count(*) FILTER (WHERE x.type NOT IN ('call', 'meeting')) AS other_activities,
    count(DISTINCT x.opportunity_id) AS opportunities_updated
  FROM activities x CROSS JOIN p
  WHERE x.occurred_at >= p.t0 AND x.occurred_at < p.t1
  GROUP BY x.user_id
),
opps AS (
  SELECT o.owner_id AS user_id,
    count(*) FILTER (WHERE o.stage IN ('won', 'lost') AND o.closed_at >= p.t0
      AND o.closed_at < p.t1) AS opportunities_closed,
    count(*) AS opportunities_owned,
    count(*) FILTER (WHERE o.amount IS NOT NULL AND o.account_id IS NOT NULL
      AND o.type IS NOT NULL AND (o.stage = 'open' OR o.closed_at IS NOT NULL))
      AS opportunities_complete
  FROM opportunities o CROSS JOIN p
  WHERE o.created_at < p.t1 AND (o.closed_at IS NULL OR o.closed_at >= p.t0)
  GROUP BY o.owner_id
),
accts AS (
  SELECT a.owner_id AS user_id, count(*) AS accounts_owned,
    count(*) FILTER (WHERE nullif(trim(a.industry), '') IS NOT NULL
      AND nullif(trim(a.region), '') IS NOT NULL) AS accounts_complete
  FROM accounts a CROSS JOIN p
  WHERE a.created_at IS NULL OR a.created_at < p.t1
  GROUP BY a.owner_id
)
SELECT u.user_id, u.name, u.team, u.region,
  coalesce(l.calls, 0) AS calls, coalesce(l.meetings, 0) AS meetings,
  coalesce(l.other_activities, 0) AS other_activities,
  coalesce(l.opportunities_updated, 0) AS opportunities_updated,
  coalesce(o.opportunities_closed, 0) AS opportunities_closed,
  coalesce(o.opportunities_owned, 0) AS opportunities_owned,
  coalesce(o.opportunities_complete, 0) AS opportunities_complete,
  coalesce(a.accounts_owned, 0) AS accounts_owned,
  coalesce(a.accounts_complete, 0) AS accounts_complete
FROM people u
LEFT JOIN logged l ON l.user_id = u.user_id
LEFT JOIN opps o ON o.user_id = u.user_id
LEFT JOIN accts a ON a.user_id = u.user_id
ORDER BY u.user_id
