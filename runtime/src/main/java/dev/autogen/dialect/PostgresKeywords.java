package dev.autogen.dialect;

import java.util.Set;

/**
 * PostgreSQL keywords that cannot stand as a bare identifier everywhere: the reserved, the
 * type-or-function-name and the column-name categories of {@code pg_get_keywords()}. Quoting a column-name keyword
 * is sometimes more than needed, never wrong.
 */
final class PostgresKeywords {

  private static final Set<String> QUOTED = Set.of(
      // reserved
      "all", "analyse", "analyze", "and", "any", "array", "as", "asc", "asymmetric", "both", "case", "cast",
      "check", "collate", "column", "constraint", "create", "current_catalog", "current_date", "current_role",
      "current_time", "current_timestamp", "current_user", "default", "deferrable", "desc", "distinct", "do",
      "else", "end", "except", "false", "fetch", "for", "foreign", "from", "grant", "group", "having", "in",
      "initially", "intersect", "into", "lateral", "leading", "limit", "localtime", "localtimestamp", "not",
      "null", "offset", "on", "only", "or", "order", "placing", "primary", "references", "returning", "select",
      "session_user", "some", "symmetric", "system_user", "table", "then", "to", "trailing", "true", "union",
      "unique", "user", "using", "variadic", "when", "where", "window", "with",
      // type or function name
      "authorization", "binary", "collation", "concurrently", "cross", "current_schema", "freeze", "full",
      "ilike", "inner", "is", "isnull", "join", "left", "like", "natural", "notnull", "outer", "overlaps",
      "right", "similar", "tablesample", "verbose",
      // column name
      "between", "bigint", "bit", "boolean", "char", "character", "coalesce", "dec", "decimal", "exists",
      "extract", "float", "greatest", "grouping", "inout", "int", "integer", "interval", "json", "json_array",
      "json_arrayagg", "json_exists", "json_object", "json_objectagg", "json_query", "json_scalar",
      "json_serialize", "json_table", "json_value", "least", "merge_action", "national", "nchar", "none",
      "normalize", "nullif", "numeric", "out", "overlay", "position", "precision", "real", "row", "setof",
      "smallint", "substring", "time", "timestamp", "treat", "trim", "values", "varchar", "xmlattributes",
      "xmlconcat", "xmlelement", "xmlexists", "xmlforest", "xmlnamespaces", "xmlparse", "xmlpi", "xmlroot",
      "xmlserialize", "xmltable");

  private PostgresKeywords() {
  }

  /**
   * What the PostgreSQL JDBC driver's {@code DatabaseMetaData.getSQLKeywords()} returns for PostgreSQL 17: the words
   * of {@code pg_get_keywords()} minus the SQL:2003 reserved words (the driver leaves those out, as the standard
   * list is every client's anyway). Hibernate adds these to the words it quotes under
   * {@code hibernate.auto_quote_keyword}; words such as {@code version}, {@code owner} and {@code comment} are only
   * here.
   */
  private static final Set<String> DRIVER_REPORTED = Set.of(
      "abort", "absent", "access", "aggregate", "also", "analyse", "analyze", "attach", "backward", "bit", "cache",
      "checkpoint", "class", "cluster", "columns", "comment", "comments", "compression", "concurrently",
      "conditional", "configuration", "conflict", "connection", "content", "conversion", "copy", "cost", "csv",
      "current_catalog", "current_schema", "database", "delimiter", "delimiters", "depends", "detach", "dictionary",
      "disable", "discard", "do", "document", "empty", "enable", "encoding", "encrypted", "enum", "error", "event",
      "exclusive", "explain", "expression", "extension", "family", "finalize", "force", "format", "forward",
      "freeze", "functions", "generated", "greatest", "groups", "handler", "header", "if", "ilike", "immutable",
      "implicit", "import", "include", "indent", "index", "indexes", "inherit", "inherits", "inline", "instead",
      "isnull", "json", "json_array", "json_arrayagg", "json_exists", "json_object", "json_objectagg", "json_query",
      "json_scalar", "json_serialize", "json_table", "json_value", "keep", "keys", "label", "leakproof", "least",
      "limit", "listen", "load", "location", "lock", "locked", "logged", "mapping", "materialized", "merge_action",
      "mode", "move", "nested", "nfc", "nfd", "nfkc", "nfkd", "nothing", "notify", "notnull", "nowait", "off",
      "offset", "oids", "omit", "operator", "owned", "owner", "parallel", "parser", "passing", "password", "plan",
      "plans", "policy", "prepared", "procedural", "procedures", "program", "publication", "quote", "quotes",
      "reassign", "recheck", "refresh", "reindex", "rename", "replace", "replica", "reset", "restrict", "returning",
      "routines", "rule", "scalar", "schemas", "sequences", "server", "setof", "share", "show", "skip", "snapshot",
      "stable", "standalone", "statistics", "stdin", "stdout", "storage", "stored", "strict", "string", "strip",
      "subscription", "support", "sysid", "tables", "tablespace", "target", "temp", "template", "text", "truncate",
      "trusted", "types", "unconditional", "unencrypted", "unlisten", "unlogged", "until", "vacuum", "valid",
      "validate", "validator", "variadic", "verbose", "version", "views", "volatile", "whitespace", "wrapper", "xml",
      "xmlattributes", "xmlconcat", "xmlelement", "xmlexists", "xmlforest", "xmlnamespaces", "xmlparse", "xmlpi",
      "xmlroot", "xmlserialize", "xmltable", "yes");

  static Set<String> driverReported() {
    return DRIVER_REPORTED;
  }

  static boolean needsQuoting(String lowerCaseIdentifier) {
    return QUOTED.contains(lowerCaseIdentifier);
  }
}
