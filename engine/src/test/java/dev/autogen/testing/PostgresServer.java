package dev.autogen.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The PostgreSQL server the tests of one JVM share, started on first use: embedded (default), an external server
 * named by {@code AUTOGEN_TEST_JDBC_URL}, or a Testcontainers container when {@code autogen.test.database} is
 * {@code testcontainers}. Each test gets a database of its own on it.
 */
final class PostgresServer {

  private static final AtomicInteger COUNTER = new AtomicInteger();
  private static volatile PostgresServer instance;

  private final String adminUrl;
  private final String urlPrefix;
  private final String urlSuffix;
  private final String user;
  private final String password;

  private PostgresServer(String adminUrl, String user, String password) {
    this.adminUrl = adminUrl;
    this.user = user;
    this.password = password;
    // jdbc:postgresql://host:port/db?params -> swap the database name per test
    int slash = adminUrl.indexOf('/', "jdbc:postgresql://".length());
    int query = adminUrl.indexOf('?', slash);
    this.urlPrefix = adminUrl.substring(0, slash + 1);
    this.urlSuffix = query < 0 ? "" : adminUrl.substring(query);
  }

  static PostgresServer get() {
    PostgresServer server = instance;
    if (server == null) {
      synchronized (PostgresServer.class) {
        server = instance;
        if (server == null) {
          server = start();
          instance = server;
        }
      }
    }
    return server;
  }

  private static PostgresServer start() {
    String external = System.getenv("AUTOGEN_TEST_JDBC_URL");
    if (external != null && !external.isBlank()) {
      return new PostgresServer(external, envOr("AUTOGEN_TEST_USER", "postgres"), envOr("AUTOGEN_TEST_PASSWORD", ""));
    }
    String kind = System.getProperty("autogen.test.database", "embedded");
    if (kind.equals("testcontainers")) {
      String image = System.getProperty("autogen.test.postgres.image", "postgres:17");
      @SuppressWarnings("resource") // lives as long as the JVM; Testcontainers' reaper removes it
      PostgreSQLContainer container = new PostgreSQLContainer(image);
      container.start();
      return new PostgresServer(container.getJdbcUrl(), container.getUsername(), container.getPassword());
    }
    try {
      EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try {
          postgres.close();
        } catch (IOException ignored) {
          // the JVM is going away anyway
        }
      }));
      return new PostgresServer(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start embedded PostgreSQL", e);
    }
  }

  private static String envOr(String name, String fallback) {
    String value = System.getenv(name);
    return value == null ? fallback : value;
  }

  TestDatabase createDatabase() {
    String name = "autogen_test_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
    execute("CREATE DATABASE " + name + " TEMPLATE template0");
    return new TestDatabase(urlPrefix + name + urlSuffix, user, password, name);
  }

  void dropDatabase(TestDatabase database) {
    execute("DROP DATABASE IF EXISTS " + database.name() + " WITH (FORCE)");
  }

  private void execute(String sql) {
    try (Connection connection = DriverManager.getConnection(adminUrl, user, password);
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("test database setup failed: " + sql + ": " + e.getMessage(), e);
    }
  }
}
