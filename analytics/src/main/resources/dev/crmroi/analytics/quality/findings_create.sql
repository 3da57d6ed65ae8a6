-- One row per problem found: which record, which column, what kind and which score dimension.
CREATE OR REPLACE TEMP TABLE q_findings (
  table_name VARCHAR NOT NULL,
  column_name VARCHAR NOT NULL,
  kind VARCHAR NOT NULL,
  dimension VARCHAR NOT NULL,
  record_id VARCHAR
);
