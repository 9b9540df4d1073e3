package dev.autogen.cli;

import dev.autogen.testing.TestDatabase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * A login role {@code secured} with a password, allowed to create objects in the test database. The embedded test
 * server trusts every local connection, so {@link #requirePassword()} prepends {@code scram-sha-256} rules for this
 * role to the server's {@code pg_hba.conf}; {@link #close()} restores the file and drops the role.
 */
final class SecuredRole implements AutoCloseable {

  static final String NAME = "secured";

  private final TestDatabase database;
  private Path hbaFile;
  private String originalHba;

  private SecuredRole(TestDatabase database) {
    this.database = database;
  }

  /** The test database's URL without a {@code user} parameter, which the driver would prefer to the role given. */
  String jdbcUrl() {
    return database.jdbcUrl().replaceAll("([?&])user=[^&]*&?", "$1").replaceAll("[?&]$", "");
  }

  static SecuredRole create(TestDatabase database, String password) throws SQLException {
    SecuredRole role = new SecuredRole(database);
    role.execute("DROP ROLE IF EXISTS " + NAME,
        "CREATE ROLE " + NAME + " LOGIN PASSWORD '" + password.replace("'", "''") + "'",
        "GRANT ALL ON SCHEMA public TO " + NAME);
    return role;
  }

  /**
   * Makes the server check this role's password. Returns false, changing nothing, when the server's
   * {@code pg_hba.conf} is not a file this JVM can write (an external server or a container).
   */
  boolean requirePassword() throws SQLException, IOException, InterruptedException {
    Path file = Path.of(new Catalog(database).query("SHOW hba_file").get(0));
    if (!Files.isRegularFile(file) || !Files.isWritable(file)) {
      return false;
    }
    originalHba = Files.readString(file, StandardCharsets.UTF_8);
    hbaFile = file;
    Files.writeString(file, "host all " + NAME + " 127.0.0.1/32 scram-sha-256\n"
        + "host all " + NAME + " ::1/128 scram-sha-256\n" + originalHba, StandardCharsets.UTF_8);
    reloadAndAwait(true);
    return true;
  }

  @Override
  public void close() throws Exception {
    if (hbaFile != null) {
      Files.writeString(hbaFile, originalHba, StandardCharsets.UTF_8);
      reloadAndAwait(false);
    }
    execute("DROP OWNED BY " + NAME, "DROP ROLE " + NAME);
  }

  /** The postmaster reloads asynchronously: wait until a wrong password is (or is no longer) refused. */
  private void reloadAndAwait(boolean refused) throws SQLException, InterruptedException {
    new Catalog(database).query("SELECT pg_reload_conf()::text");
    for (int attempt = 0; attempt < 100; attempt++) {
      if (wrongPasswordRefused() == refused) {
        return;
      }
      Thread.sleep(50);
    }
    throw new IllegalStateException("pg_hba.conf change not in effect after 5 s");
  }

  private boolean wrongPasswordRefused() throws SQLException {
    try (Connection ignored = DriverManager.getConnection(jdbcUrl(), NAME, "not-the-password")) {
      return false;
    } catch (SQLException e) {
      if ("28P01".equals(e.getSQLState())) {
        return true;
      }
      throw e;
    }
  }

  private void execute(String... statements) throws SQLException {
    try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
      for (String sql : List.of(statements)) {
        statement.execute(sql);
      }
    }
  }
}
