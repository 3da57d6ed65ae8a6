-- One good and one bad record per rule; ids say what is wrong with them. The audit runs "today"
-- 2025-06-30.
INSERT INTO fx_rates VALUES ('2024-01-01', 'EUR', 1.1);
INSERT INTO users VALUES
  ('u-ok', 'Ann', 'ann@example.com', 'sales', 'T1', 'EMEA', '2020-01-01', NULL, true),
  ('u-left-before-hired', 'Bo', 'bo@example', 'sales', 'T1', 'EMEA', '2020-01-01', '2019-01-01', true);
INSERT INTO accounts VALUES
  ('a-ok', 'Acme Inc.', 'retail', 'EMEA', 'smb', '1-49', '2020-01-01', 'u-ok'),
  ('a-future', 'Beta', 'retail', 'EMEA', 'smb', '1-49', '2030-01-01', 'u-ok'),
  ('a-ancient', 'Gamma', 'retail', 'EMEA', 'smb', '1-49', '1985-01-01', 'u-ok'),
  ('a-orphan-owner', 'Delta', 'retail', 'EMEA', 'smb', '1-49', '2020-01-01', 'u-nobody'),
  ('a-no-industry', 'Epsilon', NULL, 'EMEA', 'smb', '1-49', '2020-01-01', 'u-ok');
INSERT INTO contacts VALUES
  ('c-ok', 'a-ok', 'Ann', 'Lee', 'ann.lee@acme.com', '+49 30 1234567', '2020-01-01'),
  ('c-bad-email', 'a-ok', 'Bob', 'Ray', 'bob.ray.acme.com', '+49 30 7654321', '2020-01-01'),
  ('c-bad-phone', 'a-ok', 'Cy', 'Ng', 'cy.ng@acme.com', 'call me', '2020-01-01'),
  ('c-short-phone', 'a-ok', 'Di', 'Ho', 'di.ho@acme.com', '12 34', '2020-01-01');
INSERT INTO campaigns VALUES
  ('cmp-ok', 'Spring', 'email', '2024-01-01', '2024-02-01', 100, 'EUR', 110),
  ('cmp-ended-before-started', 'Fall', 'email', '2024-02-01', '2024-01-01', 100, 'EUR', 110),
  ('cmp-unknown-currency', 'Winter', 'email', '2024-01-01', '2024-02-01', 100, 'XYZ', 100),
  ('cmp-negative-cost', 'Summer', 'email', '2024-01-01', '2024-02-01', -5, 'EUR', -5);
INSERT INTO opportunities (opportunity_id, created_at, account_id, owner_id, stage, closed_at, type, amount, currency) VALUES
  ('o-ok', '2025-01-01', 'a-ok', 'u-ok', 'won', '2025-02-01', 'new', 100, 'EUR'),
  ('o-closed-before-created', '2025-01-01', 'a-ok', 'u-ok', 'lost', '2024-12-01', 'new', 100, 'EUR'),
  ('o-negative', '2025-01-01', 'a-ok', 'u-ok', 'lost', '2025-02-01', 'new', -100, 'EUR'),
  ('o-won-no-amount', '2025-01-01', 'a-ok', 'u-ok', 'won', '2025-02-01', 'new', NULL, NULL),
  ('o-stale', '2023-01-01', 'a-ok', 'u-ok', 'open', NULL, 'new', 100, 'EUR'),
  ('o-unknown-stage', '2025-01-01', 'a-ok', 'u-ok', 'maybe', NULL, 'new', 100, 'EUR'),
  ('o-orphan-account', '2025-01-01', 'a-nobody', 'u-ok', 'open', NULL, 'new', 100, 'EUR');
INSERT INTO tickets (ticket_id, opened_at, account_id, agent_id, category, priority, first_response_at, resolved_at, closed_at) VALUES
  ('t-ok', '2025-01-01 10:00', 'a-ok', 'u-ok', 'billing', 'low', '2025-01-01 11:00', '2025-01-02', '2025-01-03'),
  ('t-response-before-opened', '2025-01-01 10:00', 'a-ok', 'u-ok', 'billing', 'low', '2025-01-01 09:00', '2025-01-02', '2025-01-03'),
  ('t-resolved-before-opened', '2025-01-01 10:00', 'a-ok', 'u-ok', 'billing', 'low', '2025-01-01 11:00', '2024-12-31', '2025-01-03'),
  ('t-closed-no-resolution', '2025-01-01 10:00', 'a-ok', 'u-ok', 'billing', 'low', '2025-01-01 11:00', NULL, '2025-01-03');
INSERT INTO surveys (survey_id, kind, score, answered_at) VALUES
  ('s-csat-ok', 'csat', 5, '2025-01-01'), ('s-csat-6', 'csat', 6, '2025-01-01'),
  ('s-nps-ok', 'nps', 0, '2025-01-01'), ('s-nps-11', 'nps', 11, '2025-01-01'),
  ('s-ces-ok', 'ces', 7, '2025-01-01'), ('s-ces-0', 'ces', 0, '2025-01-01'),
  ('s-crm-user-ok', 'crm_user', 1, '2025-01-01'), ('s-crm-user-9', 'crm_user', 9, '2025-01-01');
INSERT INTO invoices (invoice_id, account_id, issued_on, amount, currency) VALUES
  ('i-ok', 'a-ok', '2025-01-01', 100, 'EUR'),
  ('i-credit-note', 'a-ok', '2025-01-02', -100, 'EUR');
INSERT INTO subscriptions (subscription_id, account_id, started_on, mrr, currency, ended_on, end_reason) VALUES
  ('sub-ok', 'a-ok', '2024-01-01', 10, 'EUR', NULL, NULL),
  ('sub-ended-before-started', 'a-ok', '2024-01-01', 10, 'EUR', '2023-01-01', 'price'),
  ('sub-negative', 'a-ok', '2024-01-01', -10, 'EUR', NULL, NULL);
INSERT INTO activities (activity_id, type, occurred_at, user_id, duration_min) VALUES
  ('act-ok', 'call', '2025-01-01', 'u-ok', 5), ('act-negative', 'call', '2025-01-01', 'u-ok', -5);
