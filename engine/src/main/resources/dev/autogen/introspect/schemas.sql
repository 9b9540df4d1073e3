-- Which of the requested schemas exist, so one that holds nothing yet is not created again.
SELECT n.nspname AS schema_name
FROM pg_catalog.pg_namespace n
WHERE n.nspname = ANY (?::text[])
