package dev.autogen.introspect;

import dev.autogen.schema.QualifiedName;
import java.util.Objects;

/**
 * Something in the database that the schema model leaves out or shows only in part.
 *
 * @param table      the table it belongs to
 * @param objectName the index or column concerned
 * @param message    what was left out and why
 */
public record IntrospectionNote(QualifiedName table, String objectName, String message) {

  public IntrospectionNote {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(objectName, "objectName");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return table + "." + objectName + ": " + message;
  }
}
