package dev.autogen.introspect;

import dev.autogen.schema.SchemaModel;
import java.util.List;
import java.util.Objects;

/**
 * What an introspector read.
 *
 * @param schema    the tables the filter selected
 * @param notes     what the database holds but {@code schema} does not show, so nothing goes missing unnoticed
 * @param unmanaged objects in the read schemas of kinds autogen does not manage
 */
public record IntrospectionResult(SchemaModel schema, List<IntrospectionNote> notes,
    List<UnmanagedObject> unmanaged) {

  public IntrospectionResult {
    Objects.requireNonNull(schema, "schema");
    notes = List.copyOf(notes);
    unmanaged = List.copyOf(unmanaged);
  }

  /** A result with nothing unmanaged beside it. */
  public IntrospectionResult(SchemaModel schema, List<IntrospectionNote> notes) {
    this(schema, notes, List.of());
  }
}
