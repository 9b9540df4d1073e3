-- Live columns of the tables that tables.sql selects, in physical order, with their comments. owns_sequence: the
-- default is nextval of a sequence the column owns (deptype 'a'), as a serial column's is. collation: the column's
-- own collation where it is not its type's default (COLLATE), else null.
SELECT a.attrelid AS table_oid,
       a.attname AS column_name,
       pg_catalog.format_type(a.atttypid, a.atttypmod) AS column_type,
       a.attnotnull AS not_null,
       pg_catalog.pg_get_expr(d.adbin, d.adrelid) AS default_expression,
       a.attidentity AS identity,
       a.attgenerated AS generated,
       cd.description AS column_comment,
       CASE WHEN a.attcollation <> ty.typcollation THEN co.collname END AS collation,
       EXISTS (
         SELECT 1
         FROM pg_catalog.pg_depend sd
         WHERE sd.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
           AND sd.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass
           AND sd.refobjid = a.attrelid
           AND sd.refobjsubid = a.attnum
           AND sd.deptype = 'a'
           AND pg_catalog.pg_get_expr(d.adbin, d.adrelid)
               = 'nextval(' || pg_catalog.quote_literal(sd.objid::pg_catalog.regclass::text) || '::regclass)'
       ) AS owns_sequence
FROM pg_catalog.pg_attribute a
JOIN pg_catalog.pg_class c ON c.oid = a.attrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
JOIN pg_catalog.pg_type ty ON ty.oid = a.atttypid
LEFT JOIN pg_catalog.pg_collation co ON co.oid = a.attcollation
LEFT JOIN pg_catalog.pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
LEFT JOIN pg_catalog.pg_description cd
       ON cd.objoid = a.attrelid AND cd.classoid = 'pg_catalog.pg_class'::pg_catalog.regclass
      AND cd.objsubid = a.attnum
WHERE c.relkind IN ('r', 'p')
  AND NOT c.relispartition
  AND n.nspname = ANY (?::text[])
  AND a.attnum > 0
  AND NOT a.attisdropped
ORDER BY a.attrelid, a.attnum
