-- Pairs of contacts that are probably one person, each found by an equi-join on a blocking key
-- so the search scales to millions of contacts:
--   1. the same e-mail once case and +tags are ignored, unless their phones contradict
--      (a shared mailbox such as info@ serves several people);
--   2. the same phone digits and names with Jaro-Winkler similarity >= ${name_similarity},
--      unless their e-mails contradict;
--   3. in the same account, names with Jaro-Winkler similarity >= ${name_similarity} and neither
--      e-mail nor phone contradicting (a person entered twice without contact details).
-- Pairs identical in every column but the id are exact duplicates and found elsewhere.
SELECT a, b, string_agg(DISTINCT reason, '; ' ORDER BY reason) AS reason FROM (
  SELECT x.id AS a, y.id AS b, 'same e-mail ignoring case and +tags' AS reason
  FROM q_contacts x JOIN q_contacts y ON x.e = y.e AND x.id < y.id
  WHERE x.h <> y.h AND NOT q_conflict(x.p, y.p)
  UNION ALL
  SELECT x.id, y.id, 'same phone digits, similar name'
  FROM q_contacts x JOIN q_contacts y ON x.p = y.p AND x.id < y.id
  WHERE x.h <> y.h AND NOT q_conflict(x.e, y.e)
    AND jaro_winkler_similarity(x.nm, y.nm) >= ${name_similarity}
  UNION ALL
  SELECT x.id, y.id, 'same account, similar name, no contradicting e-mail or phone'
  FROM q_contacts x JOIN q_contacts y ON x.acc = y.acc AND x.id < y.id
  WHERE x.h <> y.h AND NOT q_conflict(x.e, y.e) AND NOT q_conflict(x.p, y.p)
    AND jaro_winkler_similarity(x.nm, y.nm) >= ${name_similarity}
) pairs
GROUP BY a, b
