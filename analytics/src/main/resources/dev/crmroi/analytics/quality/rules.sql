-- Validity and consistency rules beyond what the schema says column by column. Every statement
-- adds findings (table, column, kind, dimension, record id). ${today} is the audit's date,
-- ${as_of} the newest record day in the store, ${stale_days} the age at which an open
-- opportunity is stale.

-- Dates in order.
INSERT INTO q_findings SELECT 'opportunities', 'closed_at', 'closed_before_created', 'validity', opportunity_id
FROM opportunities WHERE closed_at < created_at;
INSERT INTO q_findings SELECT 'leads', 'first_contact_at', 'first_contact_before_created', 'validity', lead_id
FROM leads WHERE first_contact_at < created_at;
INSERT INTO q_findings SELECT 'leads', 'converted_at', 'converted_before_created', 'validity', lead_id
FROM leads WHERE converted_at < created_at;
INSERT INTO q_findings SELECT 'tickets', 'first_response_at', 'first_response_before_opened', 'validity', ticket_id
FROM tickets WHERE first_response_at < opened_at;
INSERT INTO q_findings SELECT 'tickets', 'resolved_at', 'resolved_before_opened', 'validity', ticket_id
FROM tickets WHERE resolved_at < opened_at;
INSERT INTO q_findings SELECT 'tickets', 'closed_at', 'closed_before_opened', 'validity', ticket_id
FROM tickets WHERE closed_at < opened_at;
INSERT INTO q_findings SELECT 'campaigns', 'ended_on', 'ended_before_started', 'validity', campaign_id
FROM campaigns WHERE ended_on < started_on;
INSERT INTO q_findings SELECT 'subscriptions', 'ended_on', 'ended_before_started', 'validity', subscription_id
FROM subscriptions WHERE ended_on < started_on;
INSERT INTO q_findings SELECT 'spend', 'period_end', 'ended_before_started', 'validity', spend_id
FROM spend WHERE period_end < period_start;
INSERT INTO q_findings SELECT 'crm_costs', 'end_on', 'ended_before_started', 'validity', cost_id
FROM crm_costs WHERE end_on < incurred_on;
INSERT INTO q_findings SELECT 'users', 'left_on', 'left_before_hired', 'validity', user_id
FROM users WHERE left_on < hired_on;

-- Well-formed contact data.
INSERT INTO q_findings SELECT 'contacts', 'email', 'malformed_email', 'validity', contact_id
FROM contacts WHERE email IS NOT NULL
  AND NOT regexp_full_match(trim(email), '[^@\s]+@[^@\s]+\.[A-Za-z]{2,}');
INSERT INTO q_findings SELECT 'users', 'email', 'malformed_email', 'validity', user_id
FROM users WHERE email IS NOT NULL
  AND NOT regexp_full_match(trim(email), '[^@\s]+@[^@\s]+\.[A-Za-z]{2,}');
INSERT INTO q_findings SELECT 'contacts', 'phone', 'malformed_phone', 'validity', contact_id
FROM contacts WHERE phone IS NOT NULL
  AND (NOT regexp_full_match(trim(phone), '\+?[0-9()\-.\s/]+((ext|x)\.?\s*[0-9]+)?')
       OR length(coalesce(q_norm_phone(regexp_replace(phone, '(ext|x)\.?\s*[0-9]+$', '')), ''))
          NOT BETWEEN 7 AND 15);

-- Amounts that cannot be negative. invoices.amount may be negative: credit notes are invoices.
INSERT INTO q_findings SELECT 'opportunities', 'amount', 'negative_amount', 'validity', opportunity_id
FROM opportunities WHERE amount < 0;
INSERT INTO q_findings SELECT 'opportunities', 'cost_of_sale', 'negative_amount', 'validity', opportunity_id
FROM opportunities WHERE cost_of_sale < 0;
INSERT INTO q_findings SELECT 'campaigns', 'cost', 'negative_amount', 'validity', campaign_id
FROM campaigns WHERE cost < 0;
INSERT INTO q_findings SELECT 'invoices', 'cost', 'negative_amount', 'validity', invoice_id
FROM invoices WHERE cost < 0;
INSERT INTO q_findings SELECT 'subscriptions', 'mrr', 'negative_amount', 'validity', subscription_id
FROM subscriptions WHERE mrr < 0;
INSERT INTO q_findings SELECT 'spend', 'amount', 'negative_amount', 'validity', spend_id
FROM spend WHERE amount < 0;
INSERT INTO q_findings SELECT 'crm_costs', 'amount', 'negative_amount', 'validity', cost_id
FROM crm_costs WHERE amount < 0;
INSERT INTO q_findings SELECT 'activities', 'duration_min', 'negative_duration', 'validity', activity_id
FROM activities WHERE duration_min < 0;
INSERT INTO q_findings SELECT 'tickets', 'handle_time_min', 'negative_duration', 'validity', ticket_id
FROM tickets WHERE handle_time_min < 0;
INSERT INTO q_findings SELECT 'fx_rates', 'rate', 'non_positive_rate', 'validity', CAST("on" AS VARCHAR) || '|' || currency
FROM fx_rates WHERE rate <= 0;

-- Survey scores in the range of their kind: csat 1-5, nps 0-10, ces 1-7, crm_user 1-5.
INSERT INTO q_findings SELECT 'surveys', 'score', 'score_out_of_range', 'validity', survey_id
FROM surveys WHERE (kind = 'csat' AND score NOT BETWEEN 1 AND 5)
  OR (kind = 'nps' AND (score NOT BETWEEN 0 AND 10 OR score <> round(score)))
  OR (kind = 'ces' AND score NOT BETWEEN 1 AND 7)
  OR (kind = 'crm_user' AND score NOT BETWEEN 1 AND 5);

-- Consistency between columns.
INSERT INTO q_findings SELECT 'opportunities', 'amount', 'won_without_amount', 'consistency', opportunity_id
FROM opportunities WHERE stage = 'won' AND (amount IS NULL OR amount = 0);
INSERT INTO q_findings SELECT 'opportunities', 'closed_at', 'closed_without_close_date', 'consistency', opportunity_id
FROM opportunities WHERE stage IN ('won', 'lost') AND closed_at IS NULL;
INSERT INTO q_findings SELECT 'opportunities', 'closed_at', 'open_with_close_date', 'consistency', opportunity_id
FROM opportunities WHERE stage = 'open' AND closed_at IS NOT NULL;
INSERT INTO q_findings SELECT 'opportunities', 'stage', 'stale_open', 'consistency', opportunity_id
FROM opportunities WHERE stage = 'open' AND created_at < ${as_of} - INTERVAL (${stale_days}) DAY;
INSERT INTO q_findings SELECT 'tickets', 'resolved_at', 'closed_without_resolution', 'consistency', ticket_id
FROM tickets WHERE closed_at IS NOT NULL AND resolved_at IS NULL;
