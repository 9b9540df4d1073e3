package dev.autogen.schema;

import java.util.Objects;

/**
 * A column's SQL type, spelled as PostgreSQL's {@code format_type()} prints it
 * ({@code character varying(255)}, {@code timestamp(6) with time zone}, {@code integer[]}).
 *
 * <p>Both the entity reader and the introspector produce this canonical spelling (the dialect normalises), so two
 * types are the same exactly when their records are equal.
 */
public record ColumnType(String sql) {

  public ColumnType {
    Objects.requireNonNull(sql, "sql");
  }

  @Override
  public String toString() {
    return sql;
  }
}
