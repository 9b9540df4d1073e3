package dev.autogen.introspect;

import static dev.autogen.introspect.CatalogQuery.COLUMNS;
import static dev.autogen.introspect.CatalogQuery.CONSTRAINTS;
import static dev.autogen.introspect.CatalogQuery.CURRENT_SCHEMA;
import static dev.autogen.introspect.CatalogQuery.ENUM_TYPES;
import static dev.autogen.introspect.CatalogQuery.INDEXES;
import static dev.autogen.introspect.CatalogQuery.SCHEMAS;
import static dev.autogen.introspect.CatalogQuery.SEQUENCES;
import static dev.autogen.introspect.CatalogQuery.TABLES;
import static dev.autogen.introspect.CatalogQuery.UNMANAGED;

import dev.autogen.schema.SchemaModel;
import java.sql.Connection;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a PostgreSQL schema from {@code pg_catalog} with a fixed number of bulk queries (one per kind of object,
 * see {@link CatalogQuery}), never one per table, so thousands of tables cost about as much as a few.
 *
 * <p>Names come back exactly as stored; tables and sequences in the connection's {@code current_schema()} are named
 * without a schema, so they equal entity tables and sequences that name none.
 */
public final class PostgresIntrospector implements Introspector {

  private static final Logger LOG = LoggerFactory.getLogger(PostgresIntrospector.class);

  @Override
  public IntrospectionResult read(Connection connection, IntrospectionFilter filter) {
    CatalogReader catalog = new CatalogReader(connection);
    String currentSchema = catalog.read(CURRENT_SCHEMA, row -> row.getString(1)).get(0);
    List<String> schemas = filter.schemasToRead(currentSchema);

    SchemaAssembler assembler = new SchemaAssembler(currentSchema, filter.exclusion());
    catalog.readInSchemas(SCHEMAS, schemas, row -> row.getString(1)).forEach(assembler::addSchema);
    catalog.readInSchemas(TABLES, schemas, TableRow::read).forEach(assembler::addTable);
    catalog.readInSchemas(COLUMNS, schemas, ColumnRow::read).forEach(assembler::addColumn);
    catalog.readInSchemas(CONSTRAINTS, schemas, ConstraintRow::read).forEach(assembler::addConstraint);
    catalog.readInSchemas(INDEXES, schemas, IndexRow::read).forEach(assembler::addIndex);
    catalog.readInSchemas(SEQUENCES, schemas, SequenceRow::read).forEach(assembler::addSequence);
    catalog.readInSchemas(ENUM_TYPES, schemas, EnumTypeRow::read).forEach(assembler::addEnumType);
    catalog.readInSchemas(UNMANAGED, schemas, UnmanagedRow::read).forEach(assembler::addUnmanaged);
    return assembler.result();
  }

  @Override
  public SchemaModel introspect(Connection connection, IntrospectionFilter filter) {
    IntrospectionResult result = read(connection, filter);
    result.notes().forEach(note -> LOG.warn("Not fully read into the schema model: {}", note));
    result.unmanaged().forEach(object -> LOG.warn("{}", object));
    return result.schema();
  }
}
