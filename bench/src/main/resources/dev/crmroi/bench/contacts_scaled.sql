-- Scales the imported contacts up to about ${target} rows: copy k of every contact gets its own
-- id, account, e-mail local part and phone digits, so copies are different people, while the
-- duplicates the generator injected stay duplicates inside each copy.
CREATE OR REPLACE TABLE contacts AS
WITH copies AS (SELECT range AS k FROM range(0, CAST(ceil(${target} / (SELECT count(*) FROM contacts)) AS BIGINT)))
SELECT
  CASE WHEN k = 0 THEN contact_id ELSE contact_id || '-' || k END AS contact_id,
  CASE WHEN k = 0 THEN account_id ELSE account_id || '-' || k END AS account_id,
  first_name,
  last_name,
  CASE WHEN k = 0 THEN email ELSE replace(email, '@', k || '@') END AS email,
  CASE WHEN k = 0 THEN phone
       ELSE regexp_replace(phone, '([0-9]{3})$', lpad(CAST((k * 7 + hash(contact_id) % 1000) % 1000 AS VARCHAR), 3, '0') || ' ' || k) END AS phone,
  created_at
FROM contacts, copies
