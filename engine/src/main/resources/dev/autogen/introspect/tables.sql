-- Ordinary and partitioned tables of the requested schemas. Partitions are left out: they belong to their parent.
SELECT c.oid AS table_oid,
       n.nspname AS schema_name,
       c.relname AS table_name
FROM pg_catalog.pg_class c
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('r', 'p')
  AND NOT c.relispartition
  AND n.nspname = ANY (?::text[])
