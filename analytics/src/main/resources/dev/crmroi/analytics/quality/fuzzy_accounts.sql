-- Pairs of accounts that are probably one company: the same name once case, punctuation and legal
-- form are ignored, or names with Jaro-Winkler similarity >= ${name_similarity}. Blocking: only
-- names sharing their first four normalised characters are compared. A pair is vetoed when region,
-- industry, segment or size band contradict each other (same-named companies in different
-- places are common; duplicates entered twice carry the same firmographics). Pairs identical in
-- every column but the id are exact duplicates and found elsewhere.
WITH a AS (
  SELECT account_id AS id, q_norm_name(name) AS n, region, industry, segment, size_band,
         hash(${content}) AS h
  FROM accounts
  WHERE q_norm_name(name) IS NOT NULL
)
SELECT x.id AS a, y.id AS b,
       CASE WHEN x.n = y.n THEN 'same name ignoring case, punctuation and legal form'
            ELSE 'similar name (Jaro-Winkler >= ${name_similarity})' END AS reason
FROM a x JOIN a y ON left(x.n, 4) = left(y.n, 4) AND x.id < y.id
WHERE x.h <> y.h
  AND (x.n = y.n OR jaro_winkler_similarity(x.n, y.n) >= ${name_similarity})
  AND NOT q_conflict(x.region, y.region)
  AND NOT q_conflict(x.industry, y.industry)
  AND NOT q_conflict(x.segment, y.segment)
  AND NOT q_conflict(x.size_band, y.size_band)
