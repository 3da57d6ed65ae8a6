-- The parsed rows with their record number in the file (1 = first record after the header, not
-- counting lines that broke the CSV structure). On the fast path the number comes from the rowid:
-- the parse wrote the rows in file order, so rowid - first rowid is the position.
CREATE OR REPLACE TEMP VIEW import_typed AS
SELECT ${number} AS _rn, * ${exclude}
FROM ${parsed}
