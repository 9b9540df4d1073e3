-- Indexes of the tables that tables.sql selects, except those that back a primary key, unique or exclusion
-- constraint (the constraint stands for them). The flags tell which indexes the model cannot represent. Column
-- names are resolved in one join for all indexes rather than a subquery per index; each key column's indoption
-- (bit 1: DESC, bit 2: NULLS FIRST) comes in the same order.
WITH selected AS (
  SELECT i.indexrelid, i.indrelid, i.indisunique, i.indkey, i.indnkeyatts, i.indnatts, i.indoption,
         i.indexprs IS NOT NULL AS has_expressions,
         i.indpred IS NOT NULL AS is_partial
  FROM pg_catalog.pg_index i
  JOIN pg_catalog.pg_class c ON c.oid = i.indrelid
  JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
  WHERE c.relkind IN ('r', 'p')
    AND NOT c.relispartition
    AND n.nspname = ANY (?::text[])
    AND NOT EXISTS (SELECT 1
                    FROM pg_catalog.pg_constraint con
                    WHERE con.conindid = i.indexrelid
                      AND con.contype IN ('p', 'u', 'x'))
),
key_columns AS (
  -- expressions appear in indkey as 0 and match no column
  SELECT s.indexrelid, array_agg(a.attname::text ORDER BY k.position) AS names,
         array_agg(coalesce(k.option, 0)::text ORDER BY k.position) AS options
  FROM selected s
  CROSS JOIN LATERAL unnest(s.indkey::int2[], s.indoption::int2[]) WITH ORDINALITY AS k(attnum, option, position)
  JOIN pg_catalog.pg_attribute a ON a.attrelid = s.indrelid AND a.attnum = k.attnum
  WHERE k.position <= s.indnkeyatts
  GROUP BY s.indexrelid
)
SELECT s.indrelid AS table_oid,
       ic.relname AS index_name,
       s.indisunique AS is_unique,
       coalesce(kc.names, '{}') AS column_names,
       am.amname AS access_method,
       s.has_expressions,
       s.is_partial,
       coalesce(kc.options, '{}') AS column_options,
       s.indnatts > s.indnkeyatts AS has_included_columns
FROM selected s
JOIN pg_catalog.pg_class ic ON ic.oid = s.indexrelid
JOIN pg_catalog.pg_am am ON am.oid = ic.relam
LEFT JOIN key_columns kc ON kc.indexrelid = s.indexrelid
