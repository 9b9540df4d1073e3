package dev.autogen.introspect;

import dev.autogen.schema.SchemaModel;
import java.sql.Connection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a PostgreSQL schema from {@code pg_catalog} with a fixed number of bulk queries (one per kind of object,
 * see {@link CatalogQuery}), never one per table, so thousands of tables cost about as much as a few.
 *
 * <p>Names come back exactly as stored; tables in the connection's {@code current_schema()} are named without a
 * schema, so they equal entity tables that name none.
 */
public final class PostgresIntrospector implements Introspector {

  private static final Logger LOG = LoggerFactory.getLogger(PostgresIntrospector.class);

  @Override
  public IntrospectionResult read(Connection connection, IntrospectionFilter filter) {
    CatalogReader catalog = new CatalogReader(connection);
    String currentSchema = catalog.read(CatalogQuery.CURRENT_SCHEMA, row -> row.getString(1)).get(0);
    String[] schemas = schemasToRead(filter, currentSchema);

    SchemaAssembler assembler = new SchemaAssembler(currentSchema, filter.tableExclusion());
    catalog.read(CatalogQuery.TABLES, TableRow::read, (Object) schemas).forEach(assembler::addTable);
    catalog.read(CatalogQuery.COLUMNS, ColumnRow::read, (Object) schemas).forEach(assembler::addColumn);
    catalog.read(CatalogQuery.CONSTRAINTS, ConstraintRow::read, (Object) schemas).forEach(assembler::addConstraint);
    catalog.read(CatalogQuery.INDEXES, IndexRow::read, (Object) schemas).forEach(assembler::addIndex);
    return assembler.result();
  }

  @Override
  public SchemaModel introspect(Connection connection, IntrospectionFilter filter) {
    IntrospectionResult result = read(connection, filter);
    result.notes().forEach(note -> LOG.warn("Not fully read into the schema model: {}", note));
    return result.schema();
  }

  private static String[] schemasToRead(IntrospectionFilter filter, String currentSchema) {
    if (!filter.schemas().isEmpty()) {
      return filter.schemas().toArray(String[]::new);
    }
    // no existing schema on the search path: there is no default schema to read
    return currentSchema == null ? new String[0] : new String[] {currentSchema};
  }
}
