INSERT INTO quality_runs
SELECT ?, ?, (SELECT max(import_id) FROM imports), ?, ?, ?, ?
