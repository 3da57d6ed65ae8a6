-- One rolled-up KPI for a period of whole months, grouped by slice: the same columns as
-- grouped.sql, from the monthly sums (no median: rolled-up KPIs have none).
SELECT slice,
  coalesce(sum(num), 0) AS num,
  coalesce(sum(den), 0) AS den,
  sum(n - n_carried) + sum(CASE WHEN month = CAST(? AS DATE) THEN n_carried ELSE 0 END) AS n,
  CAST(NULL AS DOUBLE) AS median,
  0 AS n_obs,
  sum(flag_sum) / nullif(sum(flag_n), 0) AS share
FROM kpi_rollups
WHERE kpi_id = ? AND dimension = ? AND month >= CAST(? AS DATE) AND month < CAST(? AS DATE)
GROUP BY slice
ORDER BY slice
