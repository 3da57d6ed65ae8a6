-- The monthly outcome of every benefit stream per rollout unit: one row per unit and calendar
-- month from ${from_month} to ${to_month}. A record's unit is ${unit_rule}; records without
-- one go to 'unassigned'. Money is in the reporting currency.
WITH
months AS (
  SELECT CAST(m AS DATE) AS month
  FROM range(DATE ${from_month}, DATE ${to_month} + INTERVAL 1 MONTH, INTERVAL 1 MONTH) t(m)
),
won AS (
  SELECT ${opp_unit} AS unit, CAST(date_trunc('month', o.closed_at) AS DATE) AS month,
    sum(CASE WHEN o.cost_of_sale_rc IS NOT NULL THEN o.amount_rc - o.cost_of_sale_rc
             ELSE o.amount_rc * ${gross_margin} END) AS won_gross_profit,
    count(*) AS won_deals
  FROM opportunities o
  LEFT JOIN accounts a ON a.account_id = o.account_id
  LEFT JOIN users u ON u.user_id = o.owner_id
  WHERE o.stage = 'won' AND o.closed_at IS NOT NULL AND o.amount_rc IS NOT NULL
    AND ${product_line_filter}
  GROUP BY ALL
),
reps AS (
  -- Sales capacity: reps employed in the month, each weighted by how far along the ramp to full
  -- productivity (${ramp_months} months) they are.
  SELECT ${user_unit} AS unit, m.month, count(*) AS sales_reps,
    sum(least(1.0, (date_diff('month', coalesce(u.hired_on, DATE '1900-01-01'), m.month) + 1)
      / ${ramp_months})) AS sales_capacity
  FROM users u JOIN months m
    ON coalesce(u.hired_on, DATE '1900-01-01') <= m.month + INTERVAL 1 MONTH - INTERVAL 1 DAY
   AND (u.left_on IS NULL OR u.left_on >= m.month)
  WHERE u.role = 'sales'
  GROUP BY ALL
),
close_lags AS (
  -- How many months after their creation month won deals close (capped at 12), as shares: the
  -- deals closing in a month were worked by the capacity of the months they were created in.
  SELECT least(greatest(date_diff('month', date_trunc('month', o.created_at),
      date_trunc('month', o.closed_at)), 0), 12) AS lag,
    count(*) / sum(count(*)) OVER () AS share
  FROM opportunities o
  WHERE o.stage = 'won' AND o.closed_at IS NOT NULL AND ${product_line_filter}
  GROUP BY ALL
),
closing_capacity AS (
  -- The capacity behind a month's closes: Σ share(lag) × capacity(month − lag), a month before
  -- the data counting as the month itself. A hiring wave then raises the expected closes as its
  -- deals come due, not on the day the reps join, and a month after reps left still has the
  -- capacity that created the deals closing in it.
  SELECT ru.unit, m.month,
    sum(cl.share * CASE
      WHEN m.month - to_months(CAST(cl.lag AS INTEGER)) < DATE ${from_month}
        THEN coalesce(r0.sales_capacity, 0)
      ELSE coalesce(p.sales_capacity, 0) END) AS sales_capacity
  FROM (SELECT DISTINCT unit FROM reps) ru CROSS JOIN months m CROSS JOIN close_lags cl
  LEFT JOIN reps r0 ON r0.unit IS NOT DISTINCT FROM ru.unit AND r0.month = m.month
  LEFT JOIN reps p ON p.unit IS NOT DISTINCT FROM ru.unit
    AND p.month = CAST(m.month - to_months(CAST(cl.lag AS INTEGER)) AS DATE)
  GROUP BY ALL
),
churned AS (
  SELECT ${account_unit} AS unit, CAST(date_trunc('month', s.ended_on) AS DATE) AS month,
    sum(s.mrr_rc) AS churned_mrr, count(*) AS churned_subscriptions
  FROM subscriptions s LEFT JOIN accounts a ON a.account_id = s.account_id
  LEFT JOIN users u ON u.user_id = a.owner_id
  WHERE s.ended_on IS NOT NULL
  GROUP BY ALL
),
active AS (
  -- MRR running at the month's end.
  SELECT ${account_unit} AS unit, m.month, sum(s.mrr_rc) AS active_mrr
  FROM subscriptions s LEFT JOIN accounts a ON a.account_id = s.account_id
  LEFT JOIN users u ON u.user_id = a.owner_id
  JOIN months m ON s.started_on <= m.month + INTERVAL 1 MONTH - INTERVAL 1 DAY
   AND (s.ended_on IS NULL OR s.ended_on > m.month + INTERVAL 1 MONTH - INTERVAL 1 DAY)
  GROUP BY ALL
),
at_risk AS (
  -- MRR at risk of churning in the month: subscriptions running at any time in it.
  SELECT ${account_unit} AS unit, m.month, sum(s.mrr_rc) AS at_risk_mrr
  FROM subscriptions s LEFT JOIN accounts a ON a.account_id = s.account_id
  LEFT JOIN users u ON u.user_id = a.owner_id
  JOIN months m ON s.started_on <= m.month + INTERVAL 1 MONTH - INTERVAL 1 DAY
   AND (s.ended_on IS NULL OR s.ended_on >= m.month)
  GROUP BY ALL
),
service AS (
  SELECT ${ticket_unit} AS unit, CAST(date_trunc('month', t.opened_at) AS DATE) AS month,
    count(*) AS tickets, count(t.handle_time_min) AS tickets_timed,
    sum(t.handle_time_min) AS handle_minutes
  FROM tickets t LEFT JOIN accounts a ON a.account_id = t.account_id
  LEFT JOIN users u ON u.user_id = t.agent_id
  GROUP BY ALL
),
lead_rows AS (
  SELECT l.lead_id, l.campaign_id, ${lead_unit} AS unit,
    CAST(date_trunc('month', l.created_at) AS DATE) AS month,
    (l.status = 'converted' OR l.converted_at IS NOT NULL
      OR o.opportunity_id IS NOT NULL) AS converted
  FROM leads l LEFT JOIN accounts a ON a.account_id = l.account_id
  LEFT JOIN users u ON u.user_id = l.owner_id
  LEFT JOIN opportunities o ON o.opportunity_id = l.opportunity_id
),
lead_months AS (
  SELECT unit, month, count(*) AS leads, count(*) FILTER (WHERE converted) AS conversions
  FROM lead_rows GROUP BY ALL
),
campaign_share AS (
  -- A campaign's spend is shared among units in proportion to the leads it brought in each.
  SELECT campaign_id, unit, count(*) / sum(count(*)) OVER (PARTITION BY campaign_id) AS share
  FROM lead_rows WHERE campaign_id IS NOT NULL GROUP BY campaign_id, unit
),
spend_days AS (
  SELECT s.campaign_id, s.amount_rc / (date_diff('day', s.period_start, s.period_end) + 1) AS per_day,
    s.period_start, s.period_end
  FROM spend s WHERE s.category = 'marketing' AND s.period_end >= s.period_start
),
marketing AS (
  SELECT coalesce(cs.unit, 'unassigned') AS unit, m.month,
    sum(sd.per_day * coalesce(cs.share, 1)
      * (date_diff('day', greatest(sd.period_start, m.month),
           least(sd.period_end, CAST(m.month + INTERVAL 1 MONTH - INTERVAL 1 DAY AS DATE))) + 1))
      AS marketing_spend
  FROM spend_days sd
  JOIN months m ON sd.period_start < m.month + INTERVAL 1 MONTH AND sd.period_end >= m.month
  LEFT JOIN campaign_share cs ON cs.campaign_id = sd.campaign_id
  GROUP BY ALL
),
units AS (
  SELECT unit FROM won UNION SELECT unit FROM reps UNION SELECT unit FROM churned
  UNION SELECT unit FROM active UNION SELECT unit FROM service UNION SELECT unit FROM lead_months
  UNION SELECT unit FROM marketing
)
SELECT coalesce(un.unit, 'unassigned') AS unit, m.month,
  coalesce(w.won_gross_profit, 0) AS won_gross_profit, coalesce(w.won_deals, 0) AS won_deals,
  coalesce(r.sales_reps, 0) AS sales_reps,
  coalesce(cc.sales_capacity, r.sales_capacity, 0) AS sales_capacity,
  coalesce(c.churned_mrr, 0) AS churned_mrr,
  coalesce(c.churned_subscriptions, 0) AS churned_subscriptions,
  coalesce(ac.active_mrr, 0) AS active_mrr, coalesce(ar.at_risk_mrr, 0) AS at_risk_mrr,
  coalesce(sv.tickets, 0) AS tickets, coalesce(sv.tickets_timed, 0) AS tickets_timed,
  coalesce(sv.handle_minutes, 0) AS handle_minutes,
  coalesce(lm.leads, 0) AS leads, coalesce(lm.conversions, 0) AS conversions,
  coalesce(mk.marketing_spend, 0) AS marketing_spend
FROM units un CROSS JOIN months m
LEFT JOIN won w ON w.unit IS NOT DISTINCT FROM un.unit AND w.month = m.month
LEFT JOIN reps r ON r.unit IS NOT DISTINCT FROM un.unit AND r.month = m.month
LEFT JOIN closing_capacity cc ON cc.unit IS NOT DISTINCT FROM un.unit AND cc.month = m.month
LEFT JOIN churned c ON c.unit IS NOT DISTINCT FROM un.unit AND c.month = m.month
LEFT JOIN active ac ON ac.unit IS NOT DISTINCT FROM un.unit AND ac.month = m.month
LEFT JOIN at_risk ar ON ar.unit IS NOT DISTINCT FROM un.unit AND ar.month = m.month
LEFT JOIN service sv ON sv.unit IS NOT DISTINCT FROM un.unit AND sv.month = m.month
LEFT JOIN lead_months lm ON lm.unit IS NOT DISTINCT FROM un.unit AND lm.month = m.month
LEFT JOIN marketing mk ON mk.unit IS NOT DISTINCT FROM un.unit AND mk.month = m.month
ORDER BY 1, 2
