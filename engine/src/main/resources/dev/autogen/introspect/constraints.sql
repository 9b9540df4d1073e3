-- Primary keys, unique constraints, foreign keys and check constraints of the tables that tables.sql selects. Column
-- lists keep key order; for a foreign key the two lists are paired by position; a check reads its expression as
-- pg_get_expr prints it (a check need not name any column). PostgreSQL 18's NOT NULL constraints (contype 'n') are
-- left to the columns' attnotnull. Column names are resolved in one join for all
-- constraints rather than a subquery per constraint.
WITH selected AS (
  SELECT con.oid, con.conrelid, con.conname, con.contype, con.conkey, con.confrelid, con.confkey, con.confdeltype,
         con.conbin
  FROM pg_catalog.pg_constraint con
  JOIN pg_catalog.pg_class c ON c.oid = con.conrelid
  JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
  WHERE con.contype IN ('p', 'u', 'f', 'c')
    -- a foreign key to a partitioned table gets one extra row per partition, each pointing at its parent row
    AND con.conparentid = 0
    AND c.relkind IN ('r', 'p')
    AND NOT c.relispartition
    AND n.nspname = ANY (?::text[])
),
key_columns AS (
  SELECT s.oid, array_agg(a.attname::text ORDER BY k.position) AS names
  FROM selected s
  CROSS JOIN LATERAL unnest(s.conkey) WITH ORDINALITY AS k(attnum, position)
  JOIN pg_catalog.pg_attribute a ON a.attrelid = s.conrelid AND a.attnum = k.attnum
  GROUP BY s.oid
),
referenced_key_columns AS (
  SELECT s.oid, array_agg(a.attname::text ORDER BY k.position) AS names
  FROM selected s
  CROSS JOIN LATERAL unnest(s.confkey) WITH ORDINALITY AS k(attnum, position)
  JOIN pg_catalog.pg_attribute a ON a.attrelid = s.confrelid AND a.attnum = k.attnum
  GROUP BY s.oid
)
SELECT s.conrelid AS table_oid,
       s.conname AS constraint_name,
       s.contype AS constraint_type,
       coalesce(kc.names, '{}') AS column_names,
       rn.nspname AS referenced_schema,
       rc.relname AS referenced_table,
       coalesce(rkc.names, '{}') AS referenced_column_names,
       s.confdeltype AS on_delete,
       pg_catalog.pg_get_expr(s.conbin, s.conrelid) AS check_expression
FROM selected s
LEFT JOIN key_columns kc ON kc.oid = s.oid
LEFT JOIN referenced_key_columns rkc ON rkc.oid = s.oid
LEFT JOIN pg_catalog.pg_class rc ON rc.oid = s.confrelid
LEFT JOIN pg_catalog.pg_namespace rn ON rn.oid = rc.relnamespace
