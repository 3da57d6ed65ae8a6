-- Dangling references of one table, every reference column in one scan.
SELECT ${counts}
FROM ${table} x
${joins}
