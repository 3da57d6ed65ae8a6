-- The monthly rollup of one KPI: its facts computed for every month of the span at once (p holds
-- one row per month, and each facts row names its month as bucket), joined to accounts and users
-- once, then summed per month and slice for each dimension (the branches). Only the sliced rows are
-- materialised: the facts' record ids and texts, needed for drill-down, are never stored here.
INSERT INTO kpi_rollups
WITH p AS (
  SELECT m AS t0, m + INTERVAL 1 MONTH AS t1, m - INTERVAL 1 MONTH AS pt0
  FROM range(CAST(? AS TIMESTAMP), CAST(? AS TIMESTAMP), INTERVAL 1 MONTH) r(m)
),
sliced AS MATERIALIZED (
  SELECT CAST(f.bucket AS DATE) AS month, f.num, f.den, f.flag,
    CAST(f."at" AS TIMESTAMP) < f.bucket AS carried, ${slices}
  FROM (
${facts}
  ) f
  LEFT JOIN accounts a ON a.account_id = f.account_id
  LEFT JOIN users u ON u.user_id = f.user_id
)
${branches}
