-- The first and last day of the opportunity history, and the revenue won in [?, ?).
SELECT CAST(CAST(min(created_at) AS DATE) AS VARCHAR) AS first_day,
  CAST(CAST(max(greatest(created_at, closed_at)) AS DATE) AS VARCHAR) AS last_day,
  coalesce(sum(CAST(coalesce(amount_rc, 0) AS DOUBLE)) FILTER (WHERE stage = 'won'
    AND closed_at >= CAST(? AS TIMESTAMP) AND closed_at < CAST(? AS TIMESTAMP)), 0) AS won
FROM opportunities
