-- The schema unqualified names resolve to; tables in it are reported without a schema.
SELECT pg_catalog.current_schema()
