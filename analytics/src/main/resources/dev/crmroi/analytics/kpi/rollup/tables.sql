-- Monthly rollups of the KPIs whose facts add up month by month (Rollups.KPIS): per KPI,
-- dimension, calendar month and slice, the sums grouped.sql would take over those facts. Built
-- anew by every refresh, so no migration owns them. n_carried counts the records already counted
-- in the month before (spend prorated over several months): a period counts them in its first
-- month only, so its n is Σ (n − n_carried) + n_carried of its first month.
CREATE OR REPLACE TABLE kpi_rollups (
  kpi_id VARCHAR NOT NULL,
  dimension VARCHAR NOT NULL,
  month DATE NOT NULL,
  slice VARCHAR NOT NULL,
  num DOUBLE,
  den DOUBLE,
  n BIGINT NOT NULL,
  n_carried BIGINT NOT NULL,
  flag_sum DOUBLE,
  flag_n BIGINT NOT NULL
);
-- What the rollups were built from: the months they cover, the gross margin gross_profit used,
-- and the store's fingerprint (fingerprint.sql) at the time; the engine reads them only while
-- all three still hold.
CREATE OR REPLACE TABLE kpi_rollup_state (
  first_month DATE,
  last_month DATE,
  gross_margin DOUBLE NOT NULL,
  fingerprint VARCHAR NOT NULL,
  refreshed_at TIMESTAMP NOT NULL
);
