-- Records identical in every column but the id: one list of distinct ids per group.
SELECT list(DISTINCT ${id} ORDER BY ${id}) AS ids
FROM ${table}
GROUP BY ${columns}
HAVING count(DISTINCT ${id}) > 1
