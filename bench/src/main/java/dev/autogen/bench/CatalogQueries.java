package dev.autogen.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/** Three plain catalog queries, the floor for reading a schema: columns, indexes and constraints of 'public'. */
final class CatalogQueries {

  static final Map<String, String> QUERIES = new LinkedHashMap<>();

  static {
    QUERIES.put("columns", "SELECT c.relname, a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull,"
        + " a.attidentity, pg_get_expr(d.adbin, d.adrelid)"
        + " FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid"
        + " JOIN pg_namespace n ON n.oid = c.relnamespace"
        + " LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum"
        + " WHERE n.nspname = 'public' AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped");
    QUERIES.put("indexes", "SELECT c.relname, i.relname, pg_get_indexdef(x.indexrelid)"
        + " FROM pg_index x JOIN pg_class c ON c.oid = x.indrelid JOIN pg_class i ON i.oid = x.indexrelid"
        + " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public'");
    QUERIES.put("constraints", "SELECT c.relname, k.conname, k.contype, pg_get_constraintdef(k.oid)"
        + " FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid"
        + " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public'");
  }

  private CatalogQueries() {
  }
}
