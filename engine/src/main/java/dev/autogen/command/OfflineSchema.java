package dev.autogen.command;

import dev.autogen.introspect.IntrospectionFilter;
import dev.autogen.schema.SchemaModel;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.function.BiPredicate;

/** What an offline comparison takes from the configuration in place of a connected database. */
final class OfflineSchema {

  /** The database the embedded PostgreSQL serves, as {@code EmbeddedDatabase} connects to it. */
  private static final String EMBEDDED_DATABASE = "postgres";

  private OfflineSchema() {
  }

  /**
   * The replayed schema without the tables, sequences and types the filter leaves out (the version table,
   * {@code exclude.tables}): online they are never read, so they are never compared.
   */
  static SchemaModel leavingOutExcluded(SchemaModel replayed, IntrospectionFilter filter) {
    BiPredicate<String, String> excluded = filter.exclusion();
    return new SchemaModel(
        replayed.tables().stream()
            .filter(table -> !excluded.test(schemaOf(table.name().schema()), table.name().name())).toList(),
        replayed.sequences().stream()
            .filter(sequence -> !excluded.test(schemaOf(sequence.name().schema()), sequence.name().name())).toList(),
        replayed.schemas(),
        replayed.enumTypes().stream()
            .filter(type -> !excluded.test(schemaOf(type.name().schema()), type.name().name())).toList(),
        replayed.compositeTypes().stream()
            .filter(type -> !excluded.test(schemaOf(type.name().schema()), type.name().name())).toList());
  }

  private static String schemaOf(String schema) {
    return schema == null ? "public" : schema;
  }

  /**
   * The database named by the configured URL, as a connection to it would report it ({@code getCatalog()}): the
   * revision's origin line reads the same whether it was generated online or offline.
   */
  static String databaseName(AutogenConfig config) {
    if (config.embedded()) {
      return EMBEDDED_DATABASE;
    }
    String rest = config.url().substring("jdbc:postgresql:".length());
    int query = rest.indexOf('?');
    if (query >= 0) {
      rest = rest.substring(0, query);
    }
    if (rest.startsWith("//")) {
      int slash = rest.indexOf('/', 2);
      rest = slash < 0 ? "" : rest.substring(slash + 1);
    }
    if (rest.isEmpty()) {
      // pgjdbc connects to the database named like the user when the URL names none
      return config.user() != null ? config.user() : EMBEDDED_DATABASE;
    }
    return URLDecoder.decode(rest, StandardCharsets.UTF_8);
  }
}
