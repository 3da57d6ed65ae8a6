-- Normalisation used by the duplicate search; temporary macros live as long as the connection.

-- A company name for comparison: lower case without accents, '&' as 'and', dots and apostrophes
-- dropped (S.A. -> sa, O'Neil -> oneil), other punctuation as spaces, and trailing legal forms
-- removed, repeatedly (Pty Ltd, Sp. z o.o., GmbH & Co. KG, Inc., Corporation, AB, ...).
CREATE OR REPLACE TEMP MACRO q_norm_name(s) AS
  nullif(trim(regexp_replace(
    ' ' || trim(regexp_replace(
      regexp_replace(replace(lower(strip_accents(s)), '&', ' and '), '[.''’]', '', 'g'),
      '[^a-z0-9]+', ' ', 'g')),
    '(\s(and|inc|incorporated|corp|corporation|co|company|ltd|limited|llc|llp|lp|plc|gmbh|mbh|ag|kg|ab|publ|sa|sas|sarl|srl|spa|bv|nv|oy|oyj|as|asa|aps|pty|kk|sp z oo|spzoo|sp k|sp j|sc|kft|zrt|ou|sro|doo))+$', '')), '');

-- An e-mail address for comparison: trimmed, lower case, without +tag in the local part;
-- NULL when it has no single '@'.
CREATE OR REPLACE TEMP MACRO q_norm_email(e) AS
  CASE WHEN regexp_full_match(trim(e), '[^@\s]+@[^@\s]+') THEN
    regexp_replace(split_part(lower(trim(e)), '@', 1), '\+.*$', '') || '@'
      || split_part(lower(trim(e)), '@', 2)
  END;

-- A phone number for comparison: digits only, an international 00 prefix read as '+', and
-- leading zeros dropped; NULL when nothing is left.
CREATE OR REPLACE TEMP MACRO q_norm_phone(p) AS
  nullif(regexp_replace(regexp_replace(
    regexp_replace(trim(p), '^[(\s]*00', '+'), '[^0-9]', '', 'g'), '^0+', ''), '');

-- Whether two values contradict each other: both present and different.
CREATE OR REPLACE TEMP MACRO q_conflict(x, y) AS x IS NOT NULL AND y IS NOT NULL AND x <> y;
