package dev.autogen.introspect;

import static dev.autogen.introspect.CatalogQuery.COLUMNS;
import static dev.autogen.introspect.CatalogQuery.CONSTRAINTS;
import static dev.autogen.introspect.CatalogQuery.CURRENT_SCHEMA;
import static dev.autogen.introspect.CatalogQuery.COMPOSITE_TYPES;
import static dev.autogen.introspect.CatalogQuery.ENUM_TYPES;
import static dev.autogen.introspect.CatalogQuery.INDEXES;
import static dev.autogen.introspect.CatalogQuery.OUTSIDE_USES;
import static dev.autogen.introspect.CatalogQuery.SCHEMAS;
import static dev.autogen.introspect.CatalogQuery.SEQUENCES;
import static dev.autogen.introspect.CatalogQuery.TABLES;
import static dev.autogen.introspect.CatalogQuery.UNMANAGED;

import dev.autogen.schema.SchemaModel;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
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
    return assemble(currentSchema, filter, readMost(catalog, schemas), readLargest(catalog, schemas));
  }

  /**
   * As {@link #read(Connection, IntrospectionFilter)}, with the two largest catalog queries (columns, indexes) run on
   * {@code second} meanwhile, so a server with more than one core answers in about half the time. Both connections
   * read one snapshot, exported by {@code connection} as {@code pg_dump --jobs} does, so they see the same catalog
   * (which one connection's separate queries in auto-commit mode would not); each reads in a read-only
   * {@code REPEATABLE READ} transaction that is rolled back, and is left in auto-commit mode as it came. A connection
   * inside a transaction of its caller is read alone, as {@link #read(Connection, IntrospectionFilter)} does.
   */
  public IntrospectionResult read(Connection connection, Connection second, IntrospectionFilter filter) {
    try {
      if (!connection.getAutoCommit() || !second.getAutoCommit()) {
        return read(connection, filter);
      }
      connection.setAutoCommit(false);
      second.setAutoCommit(false);
      try {
        String snapshot = beginSnapshot(connection);
        joinSnapshot(second, snapshot);
        CatalogReader catalog = new CatalogReader(connection);
        String currentSchema = catalog.read(CURRENT_SCHEMA, row -> row.getString(1)).get(0);
        List<String> schemas = filter.schemasToRead(currentSchema);
        CompletableFuture<LargestRows> largest = CompletableFuture.supplyAsync(
            () -> readLargest(new CatalogReader(second), schemas), PostgresIntrospector::startThread);
        MostRows most = readMost(catalog, schemas);
        return assemble(currentSchema, filter, most, join(largest));
      } finally {
        try {
          second.rollback();
          second.setAutoCommit(true);
        } finally {
          connection.rollback();
          connection.setAutoCommit(true);
        }
      }
    } catch (SQLException e) {
      throw new IntrospectionException("cannot read the catalog on two connections: " + e.getMessage(), e);
    }
  }

  /** Rows of every query but the largest two. */
  private record MostRows(List<String> schemas, List<TableRow> tables, List<ConstraintRow> constraints,
      List<SequenceRow> sequences, List<EnumTypeRow> enumTypes, List<CompositeTypeRow> compositeTypes,
      List<UnmanagedRow> unmanaged, List<OutsideUseRow> outsideUses) {
  }

  /** Rows of the two largest queries: a column per table column, an index per index. */
  private record LargestRows(List<ColumnRow> columns, List<IndexRow> indexes) {
  }

  private static MostRows readMost(CatalogReader catalog, List<String> schemas) {
    return new MostRows(
        catalog.readInSchemas(SCHEMAS, schemas, row -> row.getString(1)),
        catalog.readInSchemas(TABLES, schemas, TableRow::read),
        catalog.readInSchemas(CONSTRAINTS, schemas, ConstraintRow::read),
        catalog.readInSchemas(SEQUENCES, schemas, SequenceRow::read),
        catalog.readInSchemas(ENUM_TYPES, schemas, EnumTypeRow::read),
        catalog.readInSchemas(COMPOSITE_TYPES, schemas, CompositeTypeRow::read),
        catalog.readInSchemas(UNMANAGED, schemas, UnmanagedRow::read),
        catalog.readInSchemas(OUTSIDE_USES, schemas, OutsideUseRow::read));
  }

  private static LargestRows readLargest(CatalogReader catalog, List<String> schemas) {
    return new LargestRows(
        catalog.readInSchemas(COLUMNS, schemas, ColumnRow::read),
        catalog.readInSchemas(INDEXES, schemas, IndexRow::read));
  }

  /** The rows in the order the assembler needs them: tables before what belongs to them. */
  private static IntrospectionResult assemble(String currentSchema, IntrospectionFilter filter, MostRows most,
      LargestRows largest) {
    SchemaAssembler assembler = new SchemaAssembler(currentSchema, filter.exclusion());
    most.schemas().forEach(assembler::addSchema);
    most.tables().forEach(assembler::addTable);
    largest.columns().forEach(assembler::addColumn);
    most.constraints().forEach(assembler::addConstraint);
    largest.indexes().forEach(assembler::addIndex);
    most.sequences().forEach(assembler::addSequence);
    most.enumTypes().forEach(assembler::addEnumType);
    most.compositeTypes().forEach(assembler::addCompositeType);
    most.unmanaged().forEach(assembler::addUnmanaged);
    // after the tables and composite types: a use by one of them is a use autogen manages
    most.outsideUses().forEach(assembler::addUse);
    return assembler.result();
  }

  private static String beginSnapshot(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
      try (ResultSet row = statement.executeQuery("SELECT pg_catalog.pg_export_snapshot()")) {
        row.next();
        return row.getString(1);
      }
    }
  }

  private static void joinSnapshot(Connection connection, String snapshot) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
      statement.execute("SET TRANSACTION SNAPSHOT '" + snapshot.replace("'", "''") + "'");
    }
  }

  private static void startThread(Runnable work) {
    Thread thread = new Thread(work, "autogen-catalog-reader");
    thread.setDaemon(true);
    thread.start();
  }

  private static <T> T join(CompletableFuture<T> future) {
    try {
      return future.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw e;
    }
  }

  @Override
  public SchemaModel introspect(Connection connection, IntrospectionFilter filter) {
    IntrospectionResult result = read(connection, filter);
    result.notes().forEach(note -> LOG.warn("Not fully read into the schema model: {}", note));
    result.unmanaged().forEach(object -> LOG.warn("{}", object));
    return result.schema();
  }
}
