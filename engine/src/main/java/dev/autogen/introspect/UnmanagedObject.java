package dev.autogen.introspect;

import dev.autogen.schema.QualifiedName;
import java.util.Objects;

/**
 * Something in a read schema that autogen neither compares nor changes (a view, a function, a trigger), reported so
 * that nobody assumes it was compared.
 *
 * @param kind what it is: {@code view}, {@code materialized view}, {@code foreign table}, {@code function},
 *             {@code procedure}, {@code aggregate}, {@code trigger} or
 *             {@code partitioned table} (one no entity maps)
 * @param name its name; a trigger's is {@code table.trigger}
 */
public record UnmanagedObject(String kind, QualifiedName name) {

  public UnmanagedObject {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
  }

  @Override
  public String toString() {
    return kind + " '" + name + "' is not managed by autogen: it is neither compared nor changed";
  }
}
