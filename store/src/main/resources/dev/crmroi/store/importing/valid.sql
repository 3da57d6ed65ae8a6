-- The rows that load: no problem, and the first of any duplicated key (${skip} leaves out the
-- later ones when there are any). A view: the first import of a table reads it once, straight
-- into the table.
CREATE OR REPLACE TEMP VIEW import_valid AS
SELECT ${typed_columns}
FROM import_typed t
WHERE NOT t._bad ${skip}
