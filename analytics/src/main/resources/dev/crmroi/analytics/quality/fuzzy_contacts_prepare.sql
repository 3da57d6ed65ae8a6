-- Contacts with their blocking keys normalised once (see fuzzy_contacts.sql).
CREATE OR REPLACE TEMP TABLE q_contacts AS
SELECT contact_id AS id, account_id AS acc, q_norm_email(email) AS e, q_norm_phone(phone) AS p,
       nullif(trim(lower(strip_accents(concat_ws(' ', first_name, last_name)))), '') AS nm,
       hash(${content}) AS h
FROM contacts
