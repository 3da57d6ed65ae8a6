-- The canonical tables (design: data-model.md). Money columns keep the source amount and
-- currency; the *_rc columns hold the amount converted to the reporting currency at import.
-- No primary-key constraints: import enforces unique keys itself (it rejects duplicates with a
-- reason) and upserts by key, which is much faster than index maintenance on large loads.

CREATE TABLE fx_rates (
  "on" DATE NOT NULL,
  currency VARCHAR NOT NULL,
  rate DOUBLE NOT NULL
);

CREATE TABLE users (
  user_id VARCHAR NOT NULL,
  name VARCHAR,
  email VARCHAR,
  role VARCHAR,
  team VARCHAR,
  region VARCHAR,
  hired_on DATE,
  left_on DATE,
  licensed BOOLEAN
);

CREATE TABLE user_logins (
  user_id VARCHAR NOT NULL,
  "at" TIMESTAMP NOT NULL
);

CREATE TABLE accounts (
  account_id VARCHAR NOT NULL,
  name VARCHAR,
  industry VARCHAR,
  region VARCHAR,
  segment VARCHAR,
  size_band VARCHAR,
  created_at TIMESTAMP,
  owner_id VARCHAR
);

CREATE TABLE contacts (
  contact_id VARCHAR NOT NULL,
  account_id VARCHAR,
  first_name VARCHAR,
  last_name VARCHAR,
  email VARCHAR,
  phone VARCHAR,
  created_at TIMESTAMP
);

CREATE TABLE campaigns (
  campaign_id VARCHAR NOT NULL,
  name VARCHAR,
  channel VARCHAR,
  started_on DATE,
  ended_on DATE,
  cost DECIMAL(18, 4),
  currency VARCHAR,
  cost_rc DECIMAL(18, 4)
);

CREATE TABLE leads (
  lead_id VARCHAR NOT NULL,
  created_at TIMESTAMP NOT NULL,
  source VARCHAR,
  campaign_id VARCHAR,
  account_id VARCHAR,
  owner_id VARCHAR,
  status VARCHAR,
  first_contact_at TIMESTAMP,
  converted_at TIMESTAMP,
  opportunity_id VARCHAR
);

CREATE TABLE opportunities (
  opportunity_id VARCHAR NOT NULL,
  created_at TIMESTAMP NOT NULL,
  account_id VARCHAR,
  owner_id VARCHAR,
  stage VARCHAR,
  closed_at TIMESTAMP,
  type VARCHAR,
  amount DECIMAL(18, 4),
  currency VARCHAR,
  cost_of_sale DECIMAL(18, 4),
  product_line VARCHAR,
  source VARCHAR,
  campaign_id VARCHAR,
  lost_reason VARCHAR,
  amount_rc DECIMAL(18, 4),
  cost_of_sale_rc DECIMAL(18, 4)
);

CREATE TABLE activities (
  activity_id VARCHAR NOT NULL,
  type VARCHAR NOT NULL,
  occurred_at TIMESTAMP NOT NULL,
  user_id VARCHAR,
  account_id VARCHAR,
  contact_id VARCHAR,
  lead_id VARCHAR,
  opportunity_id VARCHAR,
  ticket_id VARCHAR,
  duration_min DOUBLE,
  outcome VARCHAR
);

CREATE TABLE touches (
  touch_id VARCHAR NOT NULL,
  occurred_at TIMESTAMP NOT NULL,
  channel VARCHAR NOT NULL,
  contact_id VARCHAR,
  lead_id VARCHAR,
  account_id VARCHAR,
  campaign_id VARCHAR
);

CREATE TABLE tickets (
  ticket_id VARCHAR NOT NULL,
  opened_at TIMESTAMP NOT NULL,
  account_id VARCHAR,
  contact_id VARCHAR,
  agent_id VARCHAR,
  channel VARCHAR,
  category VARCHAR,
  priority VARCHAR,
  first_response_at TIMESTAMP,
  resolved_at TIMESTAMP,
  closed_at TIMESTAMP,
  handle_time_min DOUBLE,
  reopened BOOLEAN
);

CREATE TABLE surveys (
  survey_id VARCHAR NOT NULL,
  kind VARCHAR NOT NULL,
  score DOUBLE NOT NULL,
  answered_at TIMESTAMP NOT NULL,
  account_id VARCHAR,
  contact_id VARCHAR,
  ticket_id VARCHAR,
  user_id VARCHAR,
  comment VARCHAR
);

CREATE TABLE invoices (
  invoice_id VARCHAR NOT NULL,
  account_id VARCHAR NOT NULL,
  issued_on DATE NOT NULL,
  amount DECIMAL(18, 4) NOT NULL,
  currency VARCHAR,
  cost DECIMAL(18, 4),
  opportunity_id VARCHAR,
  amount_rc DECIMAL(18, 4),
  cost_rc DECIMAL(18, 4)
);

CREATE TABLE subscriptions (
  subscription_id VARCHAR NOT NULL,
  account_id VARCHAR NOT NULL,
  started_on DATE NOT NULL,
  mrr DECIMAL(18, 4) NOT NULL,
  currency VARCHAR,
  ended_on DATE,
  end_reason VARCHAR,
  product_line VARCHAR,
  mrr_rc DECIMAL(18, 4)
);

CREATE TABLE spend (
  spend_id VARCHAR NOT NULL,
  category VARCHAR NOT NULL,
  period_start DATE NOT NULL,
  period_end DATE NOT NULL,
  amount DECIMAL(18, 4) NOT NULL,
  currency VARCHAR,
  campaign_id VARCHAR,
  description VARCHAR,
  amount_rc DECIMAL(18, 4)
);

CREATE TABLE crm_costs (
  cost_id VARCHAR NOT NULL,
  category VARCHAR NOT NULL,
  amount DECIMAL(18, 4) NOT NULL,
  incurred_on DATE NOT NULL,
  currency VARCHAR,
  recurrence VARCHAR,
  end_on DATE,
  vendor VARCHAR,
  description VARCHAR,
  amount_rc DECIMAL(18, 4)
);
