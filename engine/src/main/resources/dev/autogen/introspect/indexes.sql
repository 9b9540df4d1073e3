-- Indexes of the tables that tables.sql selects, except those that back a primary key, unique or exclusion
-- constraint (the constraint stands for them). The flags tell which indexes the model cannot represent.
SELECT i.indrelid AS table_oid,
       ic.relname AS index_name,
       i.indisunique AS is_unique,
       ARRAY(SELECT a.attname::text
             FROM unnest(i.indkey::int2[]) WITH ORDINALITY AS k(attnum, position)
             JOIN pg_catalog.pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum
             WHERE k.position <= i.indnkeyatts
             ORDER BY k.position) AS column_names,
       am.amname AS access_method,
       i.indexprs IS NOT NULL AS has_expressions,
       i.indpred IS NOT NULL AS is_partial,
       i.indnatts > i.indnkeyatts AS has_included_columns,
       -- indoption bits are DESC and NULLS FIRST; zero on every key column means the default ordering
       EXISTS (SELECT 1 FROM unnest(i.indoption::int2[]) AS o(flags) WHERE o.flags <> 0) AS has_custom_ordering
FROM pg_catalog.pg_index i
JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid
JOIN pg_catalog.pg_am am ON am.oid = ic.relam
JOIN pg_catalog.pg_class c ON c.oid = i.indrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('r', 'p')
  AND NOT c.relispartition
  AND n.nspname = ANY (?::text[])
  AND NOT EXISTS (SELECT 1
                  FROM pg_catalog.pg_constraint con
                  WHERE con.conindid = i.indexrelid
                    AND con.contype IN ('p', 'u', 'x'))
