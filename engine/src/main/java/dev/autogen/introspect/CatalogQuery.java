package dev.autogen.introspect;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The catalog queries, kept as {@code .sql} resources next to this class and loaded once. Each reads one kind of
 * object for all selected tables at once, so the number of queries does not grow with the number of tables.
 */
enum CatalogQuery {
  CURRENT_SCHEMA("current-schema.sql"),
  TABLES("tables.sql"),
  COLUMNS("columns.sql"),
  CONSTRAINTS("constraints.sql"),
  INDEXES("indexes.sql"),
  SEQUENCES("sequences.sql"),
  ENUM_TYPES("enum-types.sql"),
  COMPOSITE_TYPES("composite-types.sql"),
  SCHEMAS("schemas.sql"),
  UNMANAGED("unmanaged.sql"),
  OUTSIDE_USES("outside-uses.sql");

  private final String resource;
  private final String sql;

  CatalogQuery(String resource) {
    this.resource = resource;
    this.sql = load(resource);
  }

  String resource() {
    return resource;
  }

  String sql() {
    return sql;
  }

  private static String load(String resource) {
    try (InputStream in = CatalogQuery.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing catalog query resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read catalog query resource " + resource, e);
    }
  }
}
