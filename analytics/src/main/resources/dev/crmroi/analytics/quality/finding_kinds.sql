SELECT DISTINCT kind FROM q_findings ORDER BY kind
