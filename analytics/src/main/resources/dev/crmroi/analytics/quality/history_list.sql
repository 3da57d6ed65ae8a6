-- Past audits, oldest first.
SELECT run_id, audited_at, import_id, as_of, score, issues, duplicate_groups
FROM quality_runs
ORDER BY run_id
