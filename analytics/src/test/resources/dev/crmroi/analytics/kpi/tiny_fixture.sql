-- A tiny CRM whose every KPI for 2024-Q1 is worked out by hand in KpiEngineFixtureTest.
INSERT INTO users (user_id, role, team, region, hired_on, left_on, licensed) VALUES
  ('u1', 'sales', 'A', 'EMEA', '2020-01-01', NULL, true),
  ('u2', 'sales', 'B', 'NA', '2020-01-01', NULL, true),
  ('u3', 'sales', 'A', 'EMEA', '2020-01-01', '2023-12-31', true),
  ('s1', 'service', 'S', 'EMEA', '2020-01-01', NULL, NULL);
INSERT INTO accounts (account_id, region, segment, owner_id) VALUES
  ('a1', 'EMEA', 'SMB', 'u1'), ('a2', 'NA', 'ENT', 'u2'), ('a3', NULL, 'SMB', 'u1'),
  ('a4', 'NA', 'SMB', 'u2');
INSERT INTO campaigns (campaign_id, channel, cost, currency, cost_rc) VALUES
  ('c1', 'email', 1000, 'USD', 1000), ('c2', 'web', 0, 'USD', 0);
INSERT INTO opportunities (opportunity_id, created_at, account_id, owner_id, stage, closed_at,
    type, amount, currency, amount_rc, cost_of_sale, cost_of_sale_rc, product_line, campaign_id)
VALUES
  ('o1', '2024-01-01', 'a1', 'u1', 'won', '2024-01-31', 'new', 1000, 'USD', 1000, 600, 600, 'P1', 'c1'),
  ('o2', '2024-01-10', 'a1', 'u1', 'lost', '2024-02-15', 'new', 500, 'USD', 500, NULL, NULL, 'P1', NULL),
  ('o3', '2024-02-19', 'a2', 'u2', 'won', '2024-03-10', 'upsell', 3000, 'USD', 3000, NULL, NULL, 'P2', NULL),
  ('o4', '2024-03-01', 'a2', 'u2', 'open', NULL, 'new', 2000, 'USD', 2000, NULL, NULL, 'P2', NULL),
  ('o5', '2023-11-15', 'a3', 'u1', 'won', '2023-12-15', 'new', 400, 'USD', 400, NULL, NULL, 'P1', NULL),
  ('o6', '2024-03-20', NULL, 'u2', 'won', '2024-04-05', 'new', 700, 'USD', 700, NULL, NULL, 'P1', NULL);
INSERT INTO activities (activity_id, type, occurred_at, user_id, account_id, opportunity_id) VALUES
  ('x1', 'call', '2024-01-05', 'u1', 'a1', 'o1'),
  ('x2', 'call', '2024-02-01', 'u1', NULL, 'o2'),
  ('x3', 'email', '2024-03-01', 'u2', NULL, NULL),
  ('x4', 'call', '2023-12-01', 'u2', NULL, NULL);
INSERT INTO leads (lead_id, created_at, source, campaign_id, status, first_contact_at, opportunity_id) VALUES
  ('l1', '2024-01-02 10:00', NULL, 'c1', 'converted', '2024-01-02 12:00', 'o1'),
  ('l2', '2024-01-03 10:00', NULL, 'c1', 'open', '2024-01-03 16:00', NULL),
  ('l3', '2024-02-01 10:00', NULL, 'c2', 'disqualified', '2024-02-01 20:00', NULL),
  ('l4', '2024-02-05 10:00', 'referral', NULL, 'qualified', NULL, NULL),
  ('l5', '2023-12-20 10:00', NULL, 'c1', 'converted', NULL, NULL);
INSERT INTO spend (spend_id, category, period_start, period_end, amount, currency, amount_rc, campaign_id) VALUES
  ('sp1', 'marketing', '2024-01-01', '2024-03-31', 910, 'USD', 910, 'c1'),
  ('sp2', 'marketing', '2024-03-01', '2024-04-30', 610, 'USD', 610, NULL),
  ('sp3', 'sales', '2024-01-01', '2024-01-31', 500, 'USD', 500, NULL);
INSERT INTO subscriptions (subscription_id, account_id, started_on, mrr, currency, mrr_rc, ended_on, product_line) VALUES
  ('sub1', 'a1', '2023-06-01', 100, 'USD', 100, NULL, 'P1'),
  ('sub2', 'a2', '2023-01-01', 200, 'USD', 200, '2024-02-15', 'P2'),
  ('sub3', 'a1', '2024-02-01', 50, 'USD', 50, NULL, 'P2'),
  ('sub4', 'a4', '2023-05-01', 300, 'USD', 300, '2024-03-01', 'P1');
INSERT INTO tickets (ticket_id, opened_at, account_id, agent_id, channel, first_response_at, resolved_at, handle_time_min, reopened) VALUES
  ('t1', '2024-01-10 09:00', 'a1', 's1', 'phone', '2024-01-10 09:30', '2024-01-10 17:00', 30, false),
  ('t2', '2024-01-20 10:00', 'a2', 's1', 'email', '2024-01-20 12:00', '2024-01-22 10:00', 90, true),
  ('t3', '2024-03-30 08:00', 'a1', 's1', 'phone', '2024-03-30 09:00', '2024-04-02 08:00', 20, false),
  ('t4', '2023-12-31 20:00', 'a2', 's1', 'phone', NULL, '2024-01-01 04:00', NULL, false);
INSERT INTO surveys (survey_id, kind, score, answered_at, account_id, ticket_id, user_id, comment) VALUES
  ('v1', 'csat', 5, '2024-01-11', NULL, 't1', NULL, NULL),
  ('v2', 'csat', 3, '2024-01-23', NULL, 't2', NULL, NULL),
  ('v3', 'csat', 4, '2024-02-01', 'a2', NULL, NULL, NULL),
  ('n1', 'nps', 10, '2024-01-15', 'a1', NULL, NULL, NULL),
  ('n2', 'nps', 9, '2024-01-16', 'a2', NULL, NULL, NULL),
  ('n3', 'nps', 7, '2024-01-17', 'a1', NULL, NULL, NULL),
  ('n4', 'nps', 3, '2024-01-18', 'a2', NULL, NULL, NULL),
  ('m1', 'crm_user', 4, '2024-02-01', NULL, NULL, 'u1', 'fast'),
  ('m2', 'crm_user', 2, '2024-02-02', NULL, NULL, 'u2', 'too many fields');
INSERT INTO user_logins (user_id, "at") VALUES
  ('u1', '2024-01-02 08:00'), ('u1', '2024-01-03 08:00'), ('u2', '2024-02-10 08:00'),
  ('u3', '2023-12-01 08:00');
-- TCO: implementation 5000 once in Q1; licence 100 monthly from 2023-12-15 (Q1 charges on
-- Jan 15, Feb 15, Mar 15); training 50 EUR on 2024-04-01 is outside Q1 → tco 5300.
INSERT INTO store_meta VALUES ('reporting_currency', 'USD');
INSERT INTO fx_rates VALUES ('2024-01-01', 'EUR', 1.1);
INSERT INTO crm_costs (cost_id, category, amount, incurred_on, currency, recurrence) VALUES
  ('k1', 'implementation', 5000, '2024-02-10', 'USD', 'once'),
  ('k2', 'licence', 100, '2023-12-15', 'USD', 'monthly'),
  ('k3', 'training', 50, '2024-04-01', 'EUR', 'once');
