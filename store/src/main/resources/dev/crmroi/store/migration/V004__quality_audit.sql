-- Every `crm-roi quality` run, so quality can be shown as a trend over imports
-- (`crm-roi quality --history`): the overall score and each table's dimension scores.

CREATE SEQUENCE quality_run_ids START 1;

CREATE TABLE quality_runs (
  run_id BIGINT NOT NULL,
  audited_at TIMESTAMP NOT NULL,
  import_id BIGINT,
  as_of DATE,
  score DOUBLE NOT NULL,
  issues BIGINT NOT NULL,
  duplicate_groups BIGINT NOT NULL
);

CREATE TABLE quality_table_scores (
  run_id BIGINT NOT NULL,
  table_name VARCHAR NOT NULL,
  rows BIGINT NOT NULL,
  completeness DOUBLE,
  validity DOUBLE,
  uniqueness DOUBLE,
  consistency DOUBLE,
  freshness DOUBLE,
  score DOUBLE NOT NULL
);
