package dev.autogen.introspect;

import dev.autogen.schema.SchemaModel;
import java.util.List;
import java.util.Objects;

/**
 * What an introspector read.
 *
 * @param schema the tables the filter selected
 * @param notes  what the database holds but {@code schema} does not show, so nothing goes missing unnoticed
 */
public record IntrospectionResult(SchemaModel schema, List<IntrospectionNote> notes) {

  public IntrospectionResult {
    Objects.requireNonNull(schema, "schema");
    notes = List.copyOf(notes);
  }
}
