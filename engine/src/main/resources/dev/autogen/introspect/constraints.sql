-- Primary keys, unique constraints and foreign keys of the tables that tables.sql selects. Column lists keep key
-- order; for a foreign key the two lists are paired by position.
SELECT con.conrelid AS table_oid,
       con.conname AS constraint_name,
       con.contype AS constraint_type,
       ARRAY(SELECT a.attname::text
             FROM unnest(con.conkey) WITH ORDINALITY AS k(attnum, position)
             JOIN pg_catalog.pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum
             ORDER BY k.position) AS column_names,
       rn.nspname AS referenced_schema,
       rc.relname AS referenced_table,
       ARRAY(SELECT a.attname::text
             FROM unnest(con.confkey) WITH ORDINALITY AS k(attnum, position)
             JOIN pg_catalog.pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.attnum
             ORDER BY k.position) AS referenced_column_names,
       con.confdeltype AS on_delete
FROM pg_catalog.pg_constraint con
JOIN pg_catalog.pg_class c ON c.oid = con.conrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_catalog.pg_class rc ON rc.oid = con.confrelid
LEFT JOIN pg_catalog.pg_namespace rn ON rn.oid = rc.relnamespace
WHERE con.contype IN ('p', 'u', 'f')
  -- a foreign key to a partitioned table gets one extra row per partition, each pointing at its parent row
  AND con.conparentid = 0
  AND c.relkind IN ('r', 'p')
  AND NOT c.relispartition
  AND n.nspname = ANY (?::text[])
