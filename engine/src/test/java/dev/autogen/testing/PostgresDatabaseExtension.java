package dev.autogen.testing;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Hands each test method (or lifecycle method) that declares a {@link TestDatabase} parameter a fresh database on a
 * real PostgreSQL, dropped again when the test is done.
 *
 * <pre>{@code
 * @ExtendWith(PostgresDatabaseExtension.class)
 * class SomethingIT {
 *   @Test void works(TestDatabase db) throws Exception { try (var c = db.connect()) { ... } }
 * }
 * }</pre>
 */
public final class PostgresDatabaseExtension implements ParameterResolver {

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(PostgresDatabaseExtension.class);

  @Override
  public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
    return parameterContext.getParameter().getType() == TestDatabase.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
    PostgresServer server = PostgresServer.get();
    TestDatabase database = server.createDatabase();
    // closed when the test (or class, for a @BeforeAll parameter) that asked for it ends
    extensionContext.getStore(NAMESPACE).put(database.name(), new DroppedOnClose(server, database));
    return database;
  }

  private record DroppedOnClose(PostgresServer server, TestDatabase database) implements AutoCloseable {
    @Override
    public void close() {
      server.dropDatabase(database);
    }
  }
}
