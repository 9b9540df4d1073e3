-- Standalone sequences of the requested schemas. A sequence an identity column owns (deptype 'i') or a serial
-- column owns through OWNED BY (deptype 'a') is part of that column, not an object of its own, and is left out.
SELECT n.nspname AS schema_name,
       c.relname AS sequence_name,
       s.seqstart AS start_value,
       s.seqincrement AS increment_by
FROM pg_catalog.pg_sequence s
JOIN pg_catalog.pg_class c ON c.oid = s.seqrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = ANY (?::text[])
  AND NOT EXISTS (
    SELECT 1
    FROM pg_catalog.pg_depend d
    WHERE d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
      AND d.objid = c.oid
      AND d.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass
      AND d.refobjsubid > 0
      AND d.deptype IN ('i', 'a'))
