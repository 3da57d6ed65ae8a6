SELECT ${kpi} AS kpi_id, ${dimension} AS dimension, month, ${column} AS slice,
  sum(num) AS num, sum(den) AS den, count(*) AS n, count(*) FILTER (WHERE carried) AS n_carried,
  sum(flag) AS flag_sum, count(flag) AS flag_n
FROM sliced
GROUP BY month, ${column}
