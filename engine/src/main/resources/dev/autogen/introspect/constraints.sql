-- Primary keys, unique constraints, foreign keys and check constraints of the tables that tables.sql selects. Column
-- lists keep key order; for a foreign key the two lists are paired by position, so both are resolved in one pass over
-- unnest(conkey, confkey); a check reads its expression as pg_get_expr prints it (a check need not name any column).
-- PostgreSQL 18's NOT NULL constraints (contype 'n') are left to the columns' attnotnull. The check's conbin is
-- joined back at the end rather than carried through the grouping, whose sort it would otherwise swell.
WITH selected AS (
  SELECT con.oid, con.conrelid, con.conname, con.contype, con.conkey, con.confrelid, con.confkey, con.confdeltype
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
  SELECT s.oid,
         array_agg(a.attname::text ORDER BY k.position) AS names,
         array_agg(ra.attname::text ORDER BY k.position) FILTER (WHERE ra.attname IS NOT NULL) AS referenced_names
  FROM selected s
  CROSS JOIN LATERAL unnest(s.conkey, s.confkey) WITH ORDINALITY AS k(attnum, referenced_attnum, position)
  JOIN pg_catalog.pg_attribute a ON a.attrelid = s.conrelid AND a.attnum = k.attnum
  LEFT JOIN pg_catalog.pg_attribute ra ON ra.attrelid = s.confrelid AND ra.attnum = k.referenced_attnum
  GROUP BY s.oid
)
SELECT s.conrelid AS table_oid,
       s.conname AS constraint_name,
       s.contype AS constraint_type,
       coalesce(kc.names, '{}') AS column_names,
       rn.nspname AS referenced_schema,
       rc.relname AS referenced_table,
       coalesce(kc.referenced_names, '{}') AS referenced_column_names,
       s.confdeltype AS on_delete,
       pg_catalog.pg_get_expr(cc.conbin, cc.conrelid) AS check_expression
FROM selected s
LEFT JOIN key_columns kc ON kc.oid = s.oid
LEFT JOIN pg_catalog.pg_constraint cc ON cc.oid = s.oid AND s.contype = 'c'
LEFT JOIN pg_catalog.pg_class rc ON rc.oid = s.confrelid
LEFT JOIN pg_catalog.pg_namespace rn ON rn.oid = rc.relnamespace
