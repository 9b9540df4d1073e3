-- Standalone composite types (CREATE TYPE ... AS (...)) of the requested schemas, not the row type every table has,
-- each with its attributes in their order (dropped ones left out). A type an extension installed (deptype 'e')
-- belongs to it and is left out.
SELECT n.nspname AS schema_name,
       t.typname AS type_name,
       coalesce(array_agg(a.attname::text ORDER BY a.attnum) FILTER (WHERE a.attname IS NOT NULL),
                '{}'::text[]) AS attribute_names,
       coalesce(array_agg(pg_catalog.format_type(a.atttypid, a.atttypmod) ORDER BY a.attnum)
                  FILTER (WHERE a.attname IS NOT NULL),
                '{}'::text[]) AS attribute_types
FROM pg_catalog.pg_type t
JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
JOIN pg_catalog.pg_class c ON c.oid = t.typrelid
LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
WHERE t.typtype = 'c'
  AND c.relkind = 'c'
  AND n.nspname = ANY (?::text[])
  AND NOT EXISTS (
    SELECT 1
    FROM pg_catalog.pg_depend d
    WHERE d.classid = 'pg_catalog.pg_type'::pg_catalog.regclass
      AND d.objid = t.oid
      AND d.deptype = 'e')
GROUP BY n.nspname, t.typname
