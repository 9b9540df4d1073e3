package dev.autogen.schema;

import java.util.Comparator;
import java.util.Objects;

/**
 * A table's name as PostgreSQL stores it (case-exact, already folded), with its schema.
 *
 * <p>A {@code null} schema means the connection's default schema ({@code current_schema()}), so migrations stay
 * portable between databases whose default schema differs, as Alembic's {@code schema=None} does.
 */
public record QualifiedName(String schema, String name) implements Comparable<QualifiedName> {

  private static final Comparator<QualifiedName> ORDER = Comparator
      .comparing((QualifiedName q) -> q.schema == null ? "" : q.schema)
      .thenComparing(QualifiedName::name);

  public QualifiedName {
    Objects.requireNonNull(name, "name");
  }

  /** A name in the default schema. */
  public static QualifiedName of(String name) {
    return new QualifiedName(null, name);
  }

  @Override
  public int compareTo(QualifiedName other) {
    return ORDER.compare(this, other);
  }

  /** {@code schema.name}, or just {@code name} in the default schema: for messages, not for SQL. */
  @Override
  public String toString() {
    return schema == null ? name : schema + "." + name;
  }
}
