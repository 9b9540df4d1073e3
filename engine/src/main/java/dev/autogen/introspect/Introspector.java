package dev.autogen.introspect;

import dev.autogen.schema.SchemaModel;
import java.sql.Connection;

/**
 * Reads the schema of a live database into the same {@link SchemaModel} the entity reader builds, so the two can be
 * compared.
 *
 * <p>An introspector only reads: it never commits, rolls back, closes or reconfigures the connection it is given, so
 * it can look inside the caller's open transaction.
 */
public interface Introspector {

  /** The schema, with a note for everything the model cannot represent and therefore left out. */
  IntrospectionResult read(Connection connection, IntrospectionFilter filter);

  /** The schema alone; what {@link #read} would note is logged instead. */
  SchemaModel introspect(Connection connection, IntrospectionFilter filter);
}
