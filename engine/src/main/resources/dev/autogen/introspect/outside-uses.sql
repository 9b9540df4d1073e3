-- What uses the enum types, standalone composite types and standalone sequences of the requested schemas (a column,
-- a default, a check, an index, a view, a function, another type), with the relation it belongs to where there is
-- one, so a type or sequence still used by something autogen does not manage (a table in a schema not read, an
-- excluded table, a view) is never dropped. A column of an array of the type uses its array type. Only normal
-- dependencies count: a type's own array type and an owned sequence are parts of it, not users.
WITH requested AS (
  SELECT n.oid, n.nspname
  FROM pg_catalog.pg_namespace n
  WHERE n.nspname = ANY (?::text[])
),
used AS (
  SELECT n.nspname AS schema_name, t.typname AS object_name,
         CASE t.typtype WHEN 'e' THEN 'enum type' ELSE 'composite type' END AS kind,
         'pg_catalog.pg_type'::pg_catalog.regclass AS classid, o.oid
  FROM pg_catalog.pg_type t
  JOIN requested n ON n.oid = t.typnamespace
  CROSS JOIN LATERAL (VALUES (t.oid), (t.typarray)) AS o(oid)
  WHERE (t.typtype = 'e'
         OR (t.typtype = 'c'
             AND EXISTS (SELECT 1 FROM pg_catalog.pg_class c WHERE c.oid = t.typrelid AND c.relkind = 'c')))
    AND o.oid <> 0
  UNION ALL
  SELECT n.nspname, c.relname, 'sequence', 'pg_catalog.pg_class'::pg_catalog.regclass, c.oid
  FROM pg_catalog.pg_class c
  JOIN requested n ON n.oid = c.relnamespace
  WHERE c.relkind = 'S'
),
users AS (
  SELECT u.schema_name, u.object_name, u.kind, d.classid, d.objid, d.objsubid,
         CASE d.classid
           WHEN 'pg_catalog.pg_class'::pg_catalog.regclass THEN
             coalesce((SELECT i.indrelid FROM pg_catalog.pg_index i WHERE i.indexrelid = d.objid), d.objid)
           WHEN 'pg_catalog.pg_attrdef'::pg_catalog.regclass THEN
             (SELECT a.adrelid FROM pg_catalog.pg_attrdef a WHERE a.oid = d.objid)
           WHEN 'pg_catalog.pg_constraint'::pg_catalog.regclass THEN
             (SELECT nullif(k.conrelid, 0) FROM pg_catalog.pg_constraint k WHERE k.oid = d.objid)
           WHEN 'pg_catalog.pg_rewrite'::pg_catalog.regclass THEN
             (SELECT r.ev_class FROM pg_catalog.pg_rewrite r WHERE r.oid = d.objid)
           WHEN 'pg_catalog.pg_trigger'::pg_catalog.regclass THEN
             (SELECT g.tgrelid FROM pg_catalog.pg_trigger g WHERE g.oid = d.objid)
         END AS relation_oid
  FROM used u
  JOIN pg_catalog.pg_depend d ON d.refclassid = u.classid AND d.refobjid = u.oid AND d.deptype = 'n'
)
SELECT s.schema_name,
       s.object_name,
       s.kind,
       -- a partition belongs to its partitioned table, which alone is read
       coalesce(pg_catalog.pg_partition_root(s.relation_oid)::oid, s.relation_oid)::bigint AS relation_oid,
       rc.relkind::text AS relation_kind,
       rn.nspname AS relation_schema,
       rc.relname AS relation_name,
       pg_catalog.pg_describe_object(s.classid, s.objid, s.objsubid) AS user_description
FROM users s
LEFT JOIN pg_catalog.pg_class rc ON rc.oid = s.relation_oid
LEFT JOIN pg_catalog.pg_namespace rn ON rn.oid = rc.relnamespace
ORDER BY 1, 2, 8
