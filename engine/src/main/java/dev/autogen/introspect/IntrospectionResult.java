package dev.autogen.introspect;

import dev.autogen.schema.SchemaModel;
import java.util.List;
import java.util.Objects;

/**
 * What an introspector read.
 *
 * @param schema    the tables the filter selected
 * @param notes     what the database holds but {@code schema} does not show, so nothing goes missing unnoticed
 * @param unmanaged   objects in the read schemas of kinds autogen does not manage
 * @param keptSchemas named schemas holding something {@code schema} leaves out (an excluded table, an unmanaged
 *                    object): never to be dropped, whatever the target says
 */
public record IntrospectionResult(SchemaModel schema, List<IntrospectionNote> notes,
    List<UnmanagedObject> unmanaged, List<String> keptSchemas) {

  public IntrospectionResult {
    Objects.requireNonNull(schema, "schema");
    notes = List.copyOf(notes);
    unmanaged = List.copyOf(unmanaged);
    keptSchemas = List.copyOf(keptSchemas);
  }

  /** A result with nothing unmanaged beside it. */
  public IntrospectionResult(SchemaModel schema, List<IntrospectionNote> notes) {
    this(schema, notes, List.of(), List.of());
  }
}
