-- Records identical in every column but the id: one list of distinct ids per group. First the
-- content hashes that occur more than once (a one-number key, so the aggregation stays small and
-- can spill on tables of millions of rows), then the full comparison on those rows only.
WITH repeated AS (
  SELECT hash(${columns}) AS h FROM ${table} GROUP BY 1 HAVING count(*) > 1
)
SELECT list(DISTINCT ${id} ORDER BY ${id}) AS ids
FROM (SELECT * FROM ${table} WHERE hash(${columns}) IN (SELECT h FROM repeated))
GROUP BY ${columns}
HAVING count(DISTINCT ${id}) > 1
