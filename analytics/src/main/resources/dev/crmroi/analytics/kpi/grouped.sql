-- One KPI for one period, grouped by slice. The facts query (facts/<id>.sql) yields one row per
-- record behind the KPI with its contribution to the numerator (num) and denominator (den), an
-- observation for medians (obs) and a 0/1 flag for shares; the slice comes from the record's
-- account (region, segment), its owning or handling user (team, owner; region when the record
-- has no account), or its own product_line and channel.
WITH p AS (
  SELECT CAST(? AS TIMESTAMP) AS t0, CAST(? AS TIMESTAMP) AS t1, CAST(? AS TIMESTAMP) AS pt0
),
facts AS (
${facts}
),
sliced AS (
  SELECT ${slice} AS slice, f.*
  FROM facts f
  LEFT JOIN accounts a ON a.account_id = f.account_id
  LEFT JOIN users u ON u.user_id = f.user_id
)
SELECT slice,
  coalesce(sum(num), 0) AS num,
  coalesce(sum(den), 0) AS den,
  count(*) AS n,
  median(obs) AS median,
  count(obs) AS n_obs,
  avg(flag) AS share
FROM sliced
GROUP BY slice
ORDER BY slice
