-- Objects in the requested schemas that autogen neither compares nor changes: listed so the user is told about them
-- rather than left to assume they were compared. Objects an extension installed belong to it and are left out.
WITH requested AS (
  SELECT n.oid, n.nspname
  FROM pg_catalog.pg_namespace n
  WHERE n.nspname = ANY (?::text[])
)
SELECT r.nspname AS schema_name,
       c.relname AS object_name,
       CASE c.relkind WHEN 'v' THEN 'view' WHEN 'm' THEN 'materialized view' ELSE 'foreign table' END AS kind
FROM pg_catalog.pg_class c
JOIN requested r ON r.oid = c.relnamespace
WHERE c.relkind IN ('v', 'm', 'f')
  AND NOT c.relispartition
  AND NOT EXISTS (SELECT 1
                  FROM pg_catalog.pg_depend d
                  WHERE d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
                    AND d.objid = c.oid
                    AND d.deptype = 'e')
UNION ALL
SELECT r.nspname,
       p.proname,
       CASE p.prokind WHEN 'p' THEN 'procedure' WHEN 'a' THEN 'aggregate' ELSE 'function' END
FROM pg_catalog.pg_proc p
JOIN requested r ON r.oid = p.pronamespace
WHERE NOT EXISTS (SELECT 1
                  FROM pg_catalog.pg_depend d
                  WHERE d.classid = 'pg_catalog.pg_proc'::pg_catalog.regclass
                    AND d.objid = p.oid
                    AND d.deptype = 'e')
UNION ALL
-- a trigger is named after its table: trigger names are unique per table only. A partitioned table's trigger is
-- cloned onto each partition under the same name: it is listed once, on the partitioned table
SELECT r.nspname,
       c.relname || '.' || t.tgname,
       'trigger'
FROM pg_catalog.pg_trigger t
JOIN pg_catalog.pg_class c ON c.oid = t.tgrelid
JOIN requested r ON r.oid = c.relnamespace
WHERE NOT t.tgisinternal
  AND NOT (c.relispartition
           AND EXISTS (SELECT 1
                       FROM pg_catalog.pg_inherits i
                       JOIN pg_catalog.pg_trigger pt ON pt.tgrelid = i.inhparent AND pt.tgname = t.tgname
                       WHERE i.inhrelid = c.oid))
ORDER BY 1, 3, 2
