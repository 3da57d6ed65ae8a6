-- What each import did: its sources, its per-file counts and every rejected row, so that
-- `crm-roi import --show-rejects` can show them and nothing is ever dropped silently.

CREATE TABLE store_meta (
  key VARCHAR NOT NULL,
  value VARCHAR
);

CREATE SEQUENCE import_ids START 1;

CREATE TABLE imports (
  import_id BIGINT NOT NULL,
  started_at TIMESTAMP NOT NULL,
  finished_at TIMESTAMP,
  profile VARCHAR NOT NULL,
  reporting_currency VARCHAR NOT NULL,
  sources VARCHAR NOT NULL
);

CREATE TABLE import_files (
  import_id BIGINT NOT NULL,
  table_name VARCHAR NOT NULL,
  file VARCHAR NOT NULL,
  bytes BIGINT NOT NULL,
  rows_read BIGINT NOT NULL,
  loaded BIGINT NOT NULL,
  updated BIGINT NOT NULL,
  unchanged BIGINT NOT NULL,
  rejected BIGINT NOT NULL,
  ignored_columns VARCHAR
);

CREATE TABLE import_rejects (
  import_id BIGINT NOT NULL,
  table_name VARCHAR NOT NULL,
  file VARCHAR NOT NULL,
  line BIGINT,
  record_key VARCHAR,
  column_name VARCHAR,
  value VARCHAR,
  reason VARCHAR NOT NULL
);
