-- Newest and oldest day of a table's activity (up to today) and how many months hold records.
SELECT max(d) AS last_day, min(d) AS first_day, count(DISTINCT date_trunc('month', d)) AS months
FROM (SELECT CAST(${column} AS DATE) AS d FROM ${table}) x
WHERE d <= ${today} AND d >= DATE '1990-01-01'
