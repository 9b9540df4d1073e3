-- Ordinary and partitioned tables of the requested schemas, with their comments. Partitions are left out: they
-- belong to their parent. partitioned: managed only when the target maps it, never dropped.
SELECT c.oid AS table_oid,
       n.nspname AS schema_name,
       c.relname AS table_name,
       td.description AS table_comment,
       c.relkind = 'p' AS partitioned
FROM pg_catalog.pg_class c
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_catalog.pg_description td
       ON td.objoid = c.oid AND td.classoid = 'pg_catalog.pg_class'::pg_catalog.regclass AND td.objsubid = 0
WHERE c.relkind IN ('r', 'p')
  AND NOT c.relispartition
  AND n.nspname = ANY (?::text[])
